"""Every page with a table, found by following the links a worker and an admin see, is
free of serious accessibility problems at 1280 px and on a 360 px phone: a table wider
than the phone scrolls in a region the keyboard can reach (axe
`scrollable-region-focusable`)."""

import re
from urllib.parse import urlparse

from conftest import DEMO_PASSWORD
from helpers import describe, log_in, log_in_as_admin, serious_axe_violations, use_language

UUID = re.compile(r"[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}")
# Files, feeds and the API are not pages; language links only change a setting.
SKIP = re.compile(r"\.(csv|ics|json|svg|png|js|css)$|/api/|/calendar|/export|/language|/logout|/public/")
USERS = ["sanna@demo.rinnalla.fi", "admin@demo.rinnalla.fi"]
LIMIT = 60


def template(path: str) -> str:
    return UUID.sub("{id}", path)


def pages_with_tables(driver, server: str, seen: set[str]) -> list[str]:
    """Breadth-first over same-site links, one page per route template."""
    queue = ["/"]
    found = []
    while queue and len(seen) < LIMIT:
        path = queue.pop(0)
        if template(path) in seen:
            continue
        seen.add(template(path))
        driver.get(server + path)
        if driver.find_elements("css selector", "table"):
            found.append(path)
        hrefs = driver.execute_script(
            "return [...document.querySelectorAll('main a[href], nav a[href]')].map(a => a.getAttribute('href'));")
        for href in hrefs:
            link = urlparse(href)
            if link.netloc or not link.path.startswith("/") or SKIP.search(link.path):
                continue
            if template(link.path) not in seen:
                queue.append(link.path)
    return found


def check(driver, server: str, paths: list[str], width: str) -> list[str]:
    problems = []
    for path in paths:
        driver.get(server + path)
        violations = serious_axe_violations(driver)
        if violations:
            problems.append(f"{path} at {width}: {describe(violations)}")
    return problems


def test_every_page_with_a_table_is_accessible_on_a_laptop_and_a_phone(server, browser, small_phone):
    problems = []
    checked = 0
    found: list[str] = []
    def sign_in(driver, user: str) -> None:
        if user.startswith("admin@"):
            log_in_as_admin(driver, server)
        else:
            log_in(driver, server, user, DEMO_PASSWORD)

    for user in USERS:
        sign_in(browser, user)
        use_language(browser, "fi")
        seen: set[str] = set()
        paths = pages_with_tables(browser, server, seen)
        sign_in(small_phone, user)
        problems += check(browser, server, paths, "1280 px")
        problems += check(small_phone, server, paths, "360 px")
        checked += len(paths)
        found += paths
        browser.delete_all_cookies()
        small_phone.delete_all_cookies()
    assert checked >= 10, f"only {checked} pages with tables found"
    assert any(template(path).startswith("/units/") for path in found), "the unit page was not reached"
    assert not problems, "\n".join(problems)
