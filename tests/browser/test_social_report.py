"""A team lead opens the social report of the demo outreach unit ("Sosiaalinen raportointi
ilmiöiden edellyttämällä tavalla"): counts with the small-cell note, the chart with its
table, the observations Eetu chose; then the outreach worker records an observation and a
refused one names its field. On a small phone, with an axe scan of each page."""

from selenium.webdriver.common.by import By
from selenium.webdriver.support import expected_conditions as EC
from selenium.webdriver.support.ui import Select

from conftest import DEMO_PASSWORD
from helpers import assert_accessible, click_and_load, log_in, use_language, wait

OUTREACH = "Etsivä työ ja matalan kynnyksen palvelut"


def test_team_lead_reads_the_outreach_units_social_report(server, small_phone):
    browser = small_phone
    log_in(browser, server, "tiina@demo.rinnalla.fi", DEMO_PASSWORD)
    use_language(browser, "fi")
    browser.get(server + "/reports/social")
    Select(browser.find_element(By.ID, "field-unit")).select_by_visible_text(OUTREACH)
    click_and_load(browser, browser.find_element(By.ID, "show-report"))
    assert OUTREACH in browser.find_element(By.TAG_NAME, "h1").text
    note = browser.find_element(By.ID, "suppression-note").text
    assert "alle 5" in note
    total = browser.find_element(By.ID, "contacts-total").text
    assert total.isdigit() and int(total) >= 5
    assert browser.find_element(By.CSS_SELECTOR, ".chart svg.bar-chart").is_displayed()
    table = browser.find_element(By.ID, "by-topic").text
    assert "Asuminen" in table or "asuminen" in table.lower()
    observations = browser.find_element(By.ID, "report-observations").text
    assert "Kauppakeskuksen ympäristössä" in observations
    assert "Ikääntyneet miehet" not in observations
    assert_accessible(browser)


def test_outreach_worker_records_an_observation_without_identifying_anyone(server, small_phone):
    browser = small_phone
    log_in(browser, server, "eetu@demo.rinnalla.fi", DEMO_PASSWORD)
    use_language(browser, "fi")
    browser.get(server + "/observations")
    assert_accessible(browser)
    click_and_load(browser, browser.find_element(By.ID, "new-observation"))
    assert "ettei ketään voi tunnistaa" in browser.find_element(By.ID, "anonymity-reminder").text
    assert_accessible(browser)
    browser.find_element(By.ID, "field-observationText").send_keys("Soittakaa 040 123 4567, niin kerron lisää.")
    browser.find_element(By.ID, "field-observationTags").send_keys("Nuoret, yö")
    click_and_load(browser, browser.find_element(By.ID, "save-observation"))
    summary = wait(browser).until(EC.presence_of_element_located((By.ID, "error-summary")))
    assert "Havainto: tekstissä on puhelinnumero" in summary.text
    assert_accessible(browser)
    text = browser.find_element(By.ID, "field-observationText")
    text.clear()
    text.send_keys("Asemalla yöpyy viikonloppuisin nuoria, joilla ei ole paikkaa minne mennä.")
    click_and_load(browser, browser.find_element(By.ID, "save-observation"))
    listing = browser.find_element(By.ID, "observations").text
    assert "Asemalla yöpyy viikonloppuisin" in listing and "nuoret, yö" in listing
