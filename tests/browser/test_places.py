"""A social worker finds a place in the local service map by area and category and
plans a visit there together with the client ("Tutustumiskäynti"); the period shows it.
In Finnish, with an axe scan of each page."""

from selenium.webdriver.common.by import By
from selenium.webdriver.support import expected_conditions as EC
from selenium.webdriver.support.ui import Select

from conftest import DEMO_PASSWORD
from helpers import assert_accessible, click_and_load, log_in, use_language, wait
from test_period_journey import fill, identity_code

VISIT = "Tutustumiskäynti: Kontulan D-asema, Kontulankaari 1B 14A"


def test_worker_finds_a_place_and_plans_a_visit_there(server, browser):
    log_in(browser, server, "sanna@demo.rinnalla.fi", DEMO_PASSWORD)
    use_language(browser, "fi")

    # The service map, narrowed to the east and to the associations' meeting places
    click_and_load(browser, browser.find_element(By.LINK_TEXT, "Alueelliset palvelut"))
    assert "Muista alueelliset palvelut!" in browser.page_source
    assert_accessible(browser)
    Select(browser.find_element(By.ID, "field-area")).select_by_visible_text("Itä")
    Select(browser.find_element(By.ID, "field-category")).select_by_visible_text("järjestöjen kohtaamispaikka")
    click_and_load(browser, browser.find_element(By.ID, "place-search"))
    results = browser.find_element(By.CSS_SELECTOR, "table tbody").text
    assert "Kontulan D-asema" in results and "Hang On ry" in results
    assert "Kannelmäen D-asema" not in results and "Stadin yhteisötalo Kontula" not in results
    assert_accessible(browser)
    click_and_load(browser, browser.find_element(By.LINK_TEXT, "Kontulan D-asema"))
    assert "Kontulankaari 1B 14A" in browser.find_element(By.CSS_SELECTOR, "dl.details").text
    assert browser.find_element(By.ID, "place-web").get_attribute("href") == "https://www.hdl.fi/d-asema-kontula/"
    assert_accessible(browser)

    # A client with a period
    browser.get(server + "/clients/new")
    fill(browser, "name", "Paikka Testiasiakas")
    fill(browser, "identityCode", identity_code())
    click_and_load(browser, browser.find_element(By.ID, "save-client"))
    click_and_load(browser, wait(browser).until(EC.presence_of_element_located((By.ID, "start-period"))))
    browser.find_element(By.ID, "field-offer-own-wish").click()
    click_and_load(browser, browser.find_element(By.ID, "start-period"))
    wait(browser).until(EC.presence_of_element_located((By.ID, "meetings")))

    # The meeting: find the place by area and category, then save the visit
    browser.find_elements(By.CSS_SELECTOR, "#meetings details summary")[1].click()
    Select(browser.find_element(By.ID, "field-placeArea")).select_by_visible_text("Itä")
    Select(browser.find_element(By.ID, "field-placeCategory")).select_by_visible_text("järjestöjen kohtaamispaikka")
    click_and_load(browser, browser.find_element(By.ID, "place-filter-submit"))
    picker = Select(wait(browser).until(EC.visibility_of_element_located((By.ID, "field-placeID"))))
    offered = [option.text for option in picker.options]
    assert "Kontulan D-asema – järjestöjen kohtaamispaikka" in offered
    assert not any("Kannelmäen" in text for text in offered)
    assert_accessible(browser)
    picker.select_by_visible_text("Kontulan D-asema – järjestöjen kohtaamispaikka")
    fill(browser, "time", "13:00")
    click_and_load(browser, browser.find_element(By.ID, "save-meeting"))

    meetings = wait(browser).until(EC.presence_of_element_located((By.CSS_SELECTOR, "#meetings table")))
    assert VISIT in meetings.text
    assert_accessible(browser)
    click_and_load(browser, browser.find_element(By.LINK_TEXT, VISIT))
    assert browser.find_element(By.TAG_NAME, "h1").text == "Kontulan D-asema"
