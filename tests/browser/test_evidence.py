"""The evidence of the logic models (issue 17). The evaluator (Arja) opens her unit's
dashboard and from it the social rehabilitation evidence: the model coloured by its latest
quarter with each band written out, every indicator's definition, chart and table, and the
clients' answers to the organisation's own questions, labelled as not validated; then in
English. An outreach worker (Eetu) shows a person the feedback link, and the person
answers on a phone without logging in. axe at 1280 px and at 360 px."""

import pytest
from selenium.webdriver.common.by import By

from conftest import DEMO_PASSWORD
from helpers import assert_accessible, click_and_load, log_in, use_language


@pytest.mark.parametrize("device", ["browser", "small_phone"])
def test_evaluator_reads_the_evidence_of_social_rehabilitation(server, device, request):
    driver = request.getfixturevalue(device)
    log_in(driver, server, "arja@demo.rinnalla.fi", DEMO_PASSWORD)
    use_language(driver, "fi")
    driver.get(server + "/")
    click_and_load(driver, driver.find_element(By.CLASS_NAME, "dashboard-link"))
    link = driver.find_element(By.CSS_SELECTOR, "a[id^='evidence-social-rehabilitation-']")
    click_and_load(driver, link)
    assert "Sosiaalinen kuntoutus: näyttö" in driver.find_element(By.TAG_NAME, "h1").text
    columns = driver.find_elements(By.CSS_SELECTOR, "#evidence-diagram > li")
    assert len(columns) == 5
    # Every core element and outcome carries its band as text, not colour alone.
    for item in ["need-mapping", "planfulness", "intensive-individual-work", "group-activity", "goals-attained"]:
        label = driver.find_element(By.CSS_SELECTOR, f"#band-{item} .band-label").text
        assert label, item
    meetings = driver.find_element(By.ID, "indicator-two-meetings-a-month")
    assert "asiakaskuukaudet" in meetings.find_element(By.CLASS_NAME, "evidence-definition").text
    assert meetings.find_element(By.TAG_NAME, "svg")
    assert len(meetings.find_elements(By.CSS_SELECTOR, "tbody tr")) == 4
    feedback = driver.find_element(By.ID, "evidence-feedback")
    assert "eivät validoitu mittari" in feedback.text
    assert "Arkeni sujuu nyt paremmin" in feedback.text
    assert_accessible(driver)

    use_language(driver, "en")
    assert "Social rehabilitation: evidence" in driver.find_element(By.TAG_NAME, "h1").text
    assert "client-months" in driver.find_element(By.ID, "indicator-two-meetings-a-month").text
    assert_accessible(driver)
    use_language(driver, "fi")


@pytest.mark.parametrize("device", ["small_phone"])
def test_a_person_answers_the_feedback_after_a_contact(server, device, request):
    driver = request.getfixturevalue(device)
    log_in(driver, server, "eetu@demo.rinnalla.fi", DEMO_PASSWORD)
    use_language(driver, "fi")
    driver.get(server + "/")
    click_and_load(driver, driver.find_element(By.CLASS_NAME, "client-feedback-link"))
    poster = driver.find_element(By.ID, "poster-contact")
    assert poster.find_element(By.TAG_NAME, "svg")
    address = poster.find_element(By.CSS_SELECTOR, "a[href*='/p/']").get_attribute("href")
    assert_accessible(driver)
    driver.delete_all_cookies()
    driver.get(address)
    assert "eivät validoitu mittari" in driver.find_element(By.ID, "client-feedback-own").text
    assert_accessible(driver)
    # Sending nothing names the question; then two answers are saved.
    click_and_load(driver, driver.find_element(By.ID, "client-feedback-submit"))
    assert driver.find_element(By.ID, "error-summary").is_displayed()
    assert_accessible(driver)
    fieldsets = driver.find_elements(By.CSS_SELECTOR, "#client-feedback-form fieldset")
    assert len(fieldsets) == 5
    fieldsets[0].find_element(By.CSS_SELECTOR, "label[for$='-5']").click()
    fieldsets[1].find_element(By.CSS_SELECTOR, "label[for$='-0']").click()
    click_and_load(driver, driver.find_element(By.ID, "client-feedback-submit"))
    assert driver.find_element(By.ID, "client-feedback-thanks").is_displayed()
