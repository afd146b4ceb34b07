"""The team lead (Tiina) opens her unit's dashboard from her home page: figures in
sections, the meetings chart with its table, a figure followed to the list behind it
(client names, each a link to the period), then the same in Swedish and the view of all
her units; with an axe scan at 1280 px and at 360 px."""

import pytest
from selenium.webdriver.common.by import By

from conftest import DEMO_PASSWORD
from helpers import assert_accessible, click_and_load, log_in, use_language

WEST = "Länsi aikuissosiaalityö"


@pytest.mark.parametrize("device", ["browser", "small_phone"])
def test_team_lead_follows_a_figure_to_the_list_behind_it(server, device, request):
    driver = request.getfixturevalue(device)
    log_in(driver, server, "tiina@demo.rinnalla.fi", DEMO_PASSWORD)
    use_language(driver, "fi")
    driver.get(server + "/")
    links = [a for a in driver.find_elements(By.CLASS_NAME, "dashboard-link")]
    assert len(links) >= 2, "she leads several units"
    west = driver.find_element(By.XPATH, f"//li[a[normalize-space()='{WEST}']]/a[@class='dashboard-link']")
    click_and_load(driver, west)
    assert driver.find_element(By.TAG_NAME, "h1").text == f"Tiimin tilannekuva: {WEST}"
    assert driver.find_element(By.CSS_SELECTOR, "#meetings-heading").is_displayed()
    assert driver.find_element(By.CSS_SELECTOR, ".chart svg.bar-chart") is not None
    assert driver.find_element(By.ID, "dashboard-coverage") is not None
    assert_accessible(driver)

    figure = driver.find_element(By.CSS_SELECTOR, "#figure-open-periods .figure-value a")
    count = int(figure.text)
    assert count > 0, "the demo unit has open periods"
    click_and_load(driver, figure)
    assert driver.find_element(By.TAG_NAME, "h1").text == "Avoimet jaksot"
    rows = driver.find_elements(By.CSS_SELECTOR, "#dashboard-list tbody tr")
    assert len(rows) == count, "the figure is the length of its list"
    assert rows[0].find_element(By.CSS_SELECTOR, "td a").get_attribute("href").startswith(server + "/periods/")
    assert_accessible(driver)

    use_language(driver, "sv")
    click_and_load(driver, driver.find_element(By.PARTIAL_LINK_TEXT, "Lägesbild"))
    assert driver.find_element(By.TAG_NAME, "h1").text == f"Teamets lägesbild: {WEST}"
    click_and_load(driver, driver.find_element(By.ID, "period-previous"))
    assert "Månad" in driver.find_element(By.CLASS_NAME, "lead").text
    assert_accessible(driver)

    driver.get(server + "/dashboard")
    assert len(driver.find_elements(By.CSS_SELECTOR, "#dashboard-units tbody tr")) == len(links)
    assert_accessible(driver)
    use_language(driver, "fi")
