"""The foundation journey: log in as the demo worker, switch to Swedish, log out;
and axe-core finds no serious or critical problems on the login and home pages."""

from selenium.webdriver.common.by import By
from selenium.webdriver.support import expected_conditions as EC
from selenium.webdriver.support.ui import Select

from conftest import DEMO_PASSWORD
from helpers import describe, log_in, page_language, serious_axe_violations, wait

WORKER = "sanna@demo.rinnalla.fi"


def test_worker_logs_in_switches_to_swedish_and_logs_out(server, browser):
    log_in(browser, server, WORKER, DEMO_PASSWORD)
    assert page_language(browser) == "fi"
    assert "Sanna Salo" in browser.find_element(By.CLASS_NAME, "user-name").text

    Select(browser.find_element(By.ID, "language-select")).select_by_value("sv")
    browser.find_element(By.ID, "language-submit").click()
    wait(browser).until(lambda d: page_language(d) == "sv")
    assert "Dina enheter och roller" in browser.find_element(By.ID, "main").text

    browser.get(server + "/")  # the choice is stored, not just shown once
    assert page_language(browser) == "sv"

    browser.find_element(By.ID, "logout-button").click()
    wait(browser).until(EC.url_contains("/login"))
    assert browser.find_element(By.ID, "login-submit").is_displayed()

    browser.get(server + "/")
    wait(browser).until(EC.url_contains("/login"))


def test_wrong_password_shows_a_message_and_keeps_the_email(server, browser):
    browser.get(server + "/login")
    browser.find_element(By.NAME, "email").send_keys(WORKER)
    browser.find_element(By.NAME, "password").send_keys("not the password")
    browser.find_element(By.ID, "login-submit").click()
    summary = wait(browser).until(EC.presence_of_element_located((By.ID, "error-summary")))
    assert "Kirjautuminen ei onnistunut" in summary.text
    assert browser.find_element(By.NAME, "email").get_attribute("value") == WORKER


def test_login_page_has_no_serious_accessibility_violations(server, browser):
    browser.get(server + "/login")
    violations = serious_axe_violations(browser)
    assert not violations, describe(violations)


def test_home_page_has_no_serious_accessibility_violations(server, browser):
    log_in(browser, server, "tiina@demo.rinnalla.fi", DEMO_PASSWORD)
    violations = serious_axe_violations(browser)
    assert not violations, describe(violations)


def test_home_page_fits_a_phone_screen(server, phone):
    log_in(phone, server, WORKER, DEMO_PASSWORD)
    overflow = phone.execute_script(
        "return document.documentElement.scrollWidth - document.documentElement.clientWidth;")
    assert overflow <= 0, f"the page scrolls sideways by {overflow}px at 360px"
    violations = serious_axe_violations(phone)
    assert not violations, describe(violations)
