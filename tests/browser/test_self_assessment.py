"""A social worker records the client's start and interim self-assessments with an
instrument the organisation installed (the made-up test one) and sees them side by side as
a chart with its table."""

from selenium.webdriver.common.by import By
from selenium.webdriver.support import expected_conditions as EC
from selenium.webdriver.support.ui import Select

from conftest import DEMO_PASSWORD
from helpers import click_and_load, describe, log_in, page_language, serious_axe_violations, wait
from test_period_journey import fill, identity_code


def answer_all(browser, value: int, third: int | None = None) -> None:
    for item in range(1, 11):
        chosen = third if item == 3 and third is not None else value
        browser.find_element(By.ID, f"field-answer-{item}-{chosen}").click()


def test_worker_records_self_assessments_and_compares_them(server, browser):
    log_in(browser, server, "sanna@demo.rinnalla.fi", DEMO_PASSWORD)
    # Another test may have left the shared demo user in Swedish.
    if page_language(browser) != "fi":
        Select(browser.find_element(By.ID, "language-select")).select_by_value("fi")
        browser.find_element(By.ID, "language-submit").click()
        wait(browser).until(lambda d: page_language(d) == "fi")
    browser.get(server + "/clients/new")
    fill(browser, "name", "Itsearvio Testiasiakas")
    fill(browser, "identityCode", identity_code())
    click_and_load(browser, browser.find_element(By.ID, "save-client"))
    click_and_load(browser, wait(browser).until(EC.presence_of_element_located((By.ID, "start-period"))))
    browser.find_element(By.ID, "field-offer-own-wish").click()
    click_and_load(browser, browser.find_element(By.ID, "start-period"))
    wait(browser).until(EC.presence_of_element_located((By.ID, "self-assessment")))

    # The start one, first with an item left out
    click_and_load(browser, browser.find_element(By.ID, "record-self-assessment"))
    assert "Testiväittämä 1" in browser.page_source
    violations = serious_axe_violations(browser)
    assert not violations, describe(violations)
    for item in (1, 2, 4, 5, 6, 7, 8, 9, 10):
        browser.find_element(By.ID, f"field-answer-{item}-3").click()
    click_and_load(browser, browser.find_element(By.ID, "save-self-assessment"))
    summary = wait(browser).until(EC.presence_of_element_located((By.ID, "error-summary")))
    assert "Vastaus puuttuu väittämään 3" in summary.text
    violations = serious_axe_violations(browser)
    assert not violations, describe(violations)
    browser.find_element(By.ID, "field-answer-3-3").click()
    click_and_load(browser, browser.find_element(By.ID, "save-self-assessment"))
    wait(browser).until(EC.presence_of_element_located((By.CSS_SELECTOR, "#self-assessment table")))

    # The interim one, a little better
    click_and_load(browser, browser.find_element(By.ID, "record-self-assessment"))
    Select(browser.find_element(By.NAME, "stage")).select_by_value("interim")
    answer_all(browser, 4)
    click_and_load(browser, browser.find_element(By.ID, "save-self-assessment"))
    section = wait(browser).until(EC.presence_of_element_located((By.CSS_SELECTOR, "#self-assessment svg")))
    assert section.get_attribute("role") == "img"
    text = browser.find_element(By.ID, "self-assessment").text
    assert "Testiulottuvuus" in text
    assert "+25 (parempi)" in text
    violations = serious_axe_violations(browser)
    assert not violations, describe(violations)
