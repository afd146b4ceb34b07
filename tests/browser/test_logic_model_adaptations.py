"""The team lead (Tiina) opens her unit's page of the social rehabilitation model from the
model page, records a local adaptation and a self-rating of a core element with its
reason, and sees both saved; with an axe scan at 1280 px and at 360 px."""

import pytest
from selenium.webdriver.common.by import By

from conftest import DEMO_PASSWORD
from helpers import assert_accessible, click_and_load, log_in, use_language

WEST = "Länsi aikuissosiaalityö"


@pytest.mark.parametrize("device", ["browser", "small_phone"])
def test_team_lead_records_an_adaptation_and_a_self_rating(server, device, request):
    driver = request.getfixturevalue(device)
    log_in(driver, server, "tiina@demo.rinnalla.fi", DEMO_PASSWORD)
    use_language(driver, "fi")
    driver.get(server + "/logic-models/social-rehabilitation")
    units = driver.find_element(By.ID, "logic-model-units")
    assert_accessible(driver)
    click_and_load(driver, units.find_element(By.LINK_TEXT, WEST))
    assert driver.find_element(By.TAG_NAME, "h1").text == f"{WEST}: Sosiaalinen kuntoutus"
    assert "minibussi" in driver.find_element(By.ID, "adaptation-list").text, "the demo's adaptations"
    assert_accessible(driver)

    text = f"Digiratkaisut etäryhmiin ({device})"
    driver.find_element(By.ID, "field-text").send_keys(text)
    click_and_load(driver, driver.find_element(By.ID, "add-adaptation"))
    assert driver.find_element(By.CLASS_NAME, "notice").text == "Adaptaatio tallennettu."
    assert driver.find_element(By.CSS_SELECTOR, "#adaptation-list li").text.count(text) == 1, "newest first"

    reason = f"Väliarvioinnit jäävät osalla jaksoista tekemättä ({device})"
    driver.find_element(By.CSS_SELECTOR, "label[for='rating-planfulness-1']").click()
    reason_field = driver.find_element(By.ID, "field-reason-planfulness")
    reason_field.clear()
    reason_field.send_keys(reason)
    click_and_load(driver, driver.find_element(By.ID, "save-ratings"))
    assert driver.find_element(By.CLASS_NAME, "notice").text == "Itsearviointi tallennettu."
    row = driver.find_element(By.CSS_SELECTOR, "#rating-planfulness .rating-current")
    assert "Toteutuu osittain" in row.text
    assert reason in row.text
    assert driver.find_element(By.ID, "rating-planfulness-1").is_selected()
    assert_accessible(driver)

    # A partial rating without a reason is refused, and the message leads to the field.
    driver.find_element(By.CSS_SELECTOR, "label[for='rating-intensive-individual-work-2']").click()
    driver.find_element(By.ID, "field-reason-intensive-individual-work").clear()
    click_and_load(driver, driver.find_element(By.ID, "save-ratings"))
    summary = driver.find_element(By.ID, "error-summary")
    assert "3. Tehostettu yksilötyö: kirjoita perustelu" in summary.text
    assert summary.find_element(By.TAG_NAME, "a").get_attribute("href").endswith(
        "#field-reason-intensive-individual-work")
    assert_accessible(driver)
