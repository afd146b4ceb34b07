"""Steps shared by the browser journeys."""

import json
import pathlib

import axe_playwright_python
from selenium.common.exceptions import WebDriverException
from selenium.webdriver.common.by import By
from selenium.webdriver.support import expected_conditions as EC
from selenium.webdriver.support.ui import WebDriverWait

from conftest import DEMO_PASSWORD

AXE_SOURCE = (pathlib.Path(axe_playwright_python.__file__).parent / "axe.min.js").read_text()


def wait(driver, seconds: float = 10) -> WebDriverWait:
    # Chromium answers a query made while a page is being replaced with a generic
    # error; the condition is simply asked again.
    return WebDriverWait(driver, seconds, ignored_exceptions=(WebDriverException,))


def log_in(driver, base: str, email: str, password: str) -> None:
    driver.get(base + "/login")
    driver.find_element(By.NAME, "email").send_keys(email)
    driver.find_element(By.NAME, "password").send_keys(password)
    driver.find_element(By.ID, "login-submit").click()
    wait(driver).until(EC.presence_of_element_located((By.ID, "logout-button")))


def page_language(driver) -> str:
    return driver.find_element(By.TAG_NAME, "html").get_attribute("lang")


def serious_axe_violations(driver) -> list:
    """Runs axe-core (shipped in axe-playwright-python) on the current page."""
    driver.execute_script(AXE_SOURCE)
    result = driver.execute_async_script(
        "const done = arguments[arguments.length - 1];"
        "axe.run(document, {resultTypes: ['violations']}).then(r => done(r)).catch(e => done({error: String(e)}));"
    )
    assert "error" not in result, result
    return [v for v in result["violations"] if v.get("impact") in ("serious", "critical")]


def assert_accessible(driver) -> None:
    violations = serious_axe_violations(driver)
    assert not violations, describe(violations)


def describe(violations: list) -> str:
    return json.dumps(
        [{"id": v["id"], "impact": v["impact"], "help": v["help"],
          "targets": [n["target"] for n in v["nodes"]][:5]} for v in violations],
        indent=2, ensure_ascii=False,
    )


def click_and_load(driver, element) -> None:
    """Clicks something that loads a new page and waits until the new one is ready.

    It marks the old page's window and waits for a page without the mark. Waiting
    for an old element to go stale raced with Chromium tearing the page down
    ("unhandled inspector error") and failed now and then in CI.
    """
    driver.execute_script("window.__rinnallaOldPage = true;")
    element.click()

    def new_page_ready(d) -> bool:
        try:
            return bool(d.execute_script(
                "return window.__rinnallaOldPage !== true && document.readyState === 'complete';"))
        except WebDriverException:
            return False  # The page is between documents; ask again.

    wait(driver).until(new_page_ready)


def use_language(driver, language: str) -> None:
    """Switches the logged-in user's language (it is kept per user, across tests)."""
    from selenium.webdriver.support.ui import Select

    if page_language(driver) == language:
        return
    Select(driver.find_element(By.ID, "language-select")).select_by_value(language)
    driver.find_element(By.ID, "language-submit").click()
    wait(driver).until(lambda d: page_language(d) == language)


ADMIN_PASSWORD = "demo-paakayttaja-2026-uusi"


def log_in_as_admin(driver, base: str) -> None:
    """The demo admin must replace the initial password once; later logins use the new one."""
    driver.get(base + "/login")
    driver.find_element(By.NAME, "email").send_keys("admin@demo.rinnalla.fi")
    driver.find_element(By.NAME, "password").send_keys(DEMO_PASSWORD)
    driver.find_element(By.ID, "login-submit").click()
    wait(driver).until(lambda d: d.find_elements(By.ID, "logout-button") or d.find_elements(By.CLASS_NAME,
                                                                                              "error-summary"))
    if driver.find_elements(By.CLASS_NAME, "error-summary"):
        log_in(driver, base, "admin@demo.rinnalla.fi", ADMIN_PASSWORD)
        return
    if driver.find_elements(By.NAME, "newPassword"):
        driver.find_element(By.NAME, "currentPassword").send_keys(DEMO_PASSWORD)
        driver.find_element(By.NAME, "newPassword").send_keys(ADMIN_PASSWORD)
        driver.find_element(By.NAME, "confirmPassword").send_keys(ADMIN_PASSWORD)
        click_and_load(driver, driver.find_element(By.ID, "password-submit"))
