"""The evaluator (Arja) opens the social rehabilitation logic model from the menu: five
columns from the operating environment to the outcomes, the core elements' content, the
local adaptation examples; then in English, where the texts are marked as the team's
translations. axe at 1280 px and at 360 px."""

import pytest
from selenium.webdriver.common.by import By

from conftest import DEMO_PASSWORD
from helpers import assert_accessible, click_and_load, log_in, use_language


@pytest.mark.parametrize("device", ["browser", "small_phone"])
def test_evaluator_reads_the_social_rehabilitation_model(server, device, request):
    driver = request.getfixturevalue(device)
    log_in(driver, server, "arja@demo.rinnalla.fi", DEMO_PASSWORD)
    use_language(driver, "fi")
    driver.get(server + "/logic-models")
    assert_accessible(driver)
    click_and_load(driver, driver.find_element(By.ID, "logic-model-social-rehabilitation"))
    assert driver.find_element(By.TAG_NAME, "h1").text == "Toimintamalli: Sosiaalinen kuntoutus"
    columns = driver.find_elements(By.CSS_SELECTOR, "#logic-model > li")
    assert len(columns) == 5
    assert "Ryhmätoiminta" in driver.find_element(By.ID, "column-core-elements").text
    assert "Vertaistuki" in driver.find_element(By.CLASS_NAME, "logic-model-elements").text
    assert "minibussi" in driver.find_element(By.CLASS_NAME, "logic-model-adaptations").text
    assert not driver.find_elements(By.ID, "logic-model-translation")
    assert_accessible(driver)

    use_language(driver, "en")
    assert driver.find_element(By.ID, "logic-model-translation").is_displayed()
    assert "Social rehabilitation" in driver.find_element(By.TAG_NAME, "h1").text
    assert_accessible(driver)
    use_language(driver, "fi")
