"""On a 360 px phone, a worker finds a partner service in the agreed service paths
directory, refers a demo client there, and later records that the client reached it
("Asiakkaan pääsy tarvitsemiinsa palveluihin on parantunut"). In Finnish, with an axe scan
of each page."""

from selenium.webdriver.common.by import By
from selenium.webdriver.support import expected_conditions as EC
from selenium.webdriver.support.ui import Select

from conftest import DEMO_PASSWORD
from helpers import assert_accessible, click_and_load, log_in, use_language, wait
from test_period_journey import fill

SERVICE = "Talous- ja velkaneuvonta"


def test_worker_refers_a_client_to_a_service_and_follows_it_up(server, small_phone):
    browser = small_phone
    log_in(browser, server, "sanna@demo.rinnalla.fi", DEMO_PASSWORD)
    use_language(browser, "fi")

    # The directory: every service in use on one page, narrowed by a word
    browser.get(server + "/service-paths")
    assert "Sovitut palvelupolut" in browser.find_element(By.TAG_NAME, "h1").text
    assert "Asumisneuvonta" in browser.find_element(By.ID, "service-paths").text
    assert_accessible(browser)
    fill(browser, "q", "velka")
    click_and_load(browser, browser.find_element(By.ID, "service-path-search"))
    results = browser.find_element(By.ID, "service-paths").text
    assert SERVICE in results and "Asumisneuvonta" not in results
    click_and_load(browser, browser.find_element(By.LINK_TEXT, SERVICE))
    assert browser.find_element(By.TAG_NAME, "h1").text == SERVICE
    assert "Esimerkkitieto" in browser.find_element(By.ID, "how-to-refer").text
    assert_accessible(browser)

    # A demo client from the worker's own clients: refer and escort there today
    browser.get(server + "/clients")
    click_and_load(browser, browser.find_element(By.LINK_TEXT, "Tietäjä-Timo"))
    browser.find_element(By.CSS_SELECTOR, "#referrals details summary").click()
    Select(wait(browser).until(EC.visibility_of_element_located((By.ID, "field-servicePathID")))) \
        .select_by_visible_text(SERVICE)
    Select(browser.find_element(By.ID, "field-method")).select_by_visible_text("Saatettu palveluun")
    assert_accessible(browser)
    click_and_load(browser, browser.find_element(By.ID, "save-referral"))
    referrals = wait(browser).until(EC.presence_of_element_located((By.CSS_SELECTOR, "#referrals ul")))
    assert SERVICE in referrals.text and "Saatettu palveluun" in referrals.text
    assert "Ei vielä seurattu" in referrals.text
    assert_accessible(browser)

    # Later: the follow-up — the client reached the service
    click_and_load(browser, referrals.find_element(By.PARTIAL_LINK_TEXT, SERVICE))
    assert browser.find_element(By.ID, "referral-outcome").text == "Ei vielä seurattu"
    assert_accessible(browser)
    Select(browser.find_element(By.ID, "field-outcome")).select_by_visible_text("Pääsi palveluun")
    fill(browser, "outcomeNote", "Ensimmäinen tapaaminen sovittu.")
    click_and_load(browser, browser.find_element(By.ID, "save-follow-up"))
    assert browser.find_element(By.ID, "referral-outcome").text == "Pääsi palveluun"
    assert "Ensimmäinen tapaaminen sovittu." in browser.find_element(By.CSS_SELECTOR, "dl.details").text
    assert_accessible(browser)
    # Nothing overflows the phone's width
    assert browser.execute_script("return document.documentElement.scrollWidth") <= 360
