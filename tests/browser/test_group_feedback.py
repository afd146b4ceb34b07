"""Anonymous group feedback: the group leader finds the public link on the group's
feedback page; someone without a login opens it on a 360 px phone, answers in Finnish and
sees the thank-you page. No serious or critical accessibility violations on the way."""

from urllib.parse import quote

from selenium.webdriver.common.by import By
from selenium.webdriver.support import expected_conditions as EC

from conftest import DEMO_PASSWORD
from helpers import assert_accessible, click_and_load, log_in, use_language, wait

GROUP = "Toiminnallinen matalan kynnyksen avoin ryhmä"


def public_link(browser, server) -> str:
    log_in(browser, server, "rasmus@demo.rinnalla.fi", DEMO_PASSWORD)
    use_language(browser, "fi")
    browser.get(f"{server}/groups?q={quote(GROUP)}")
    link = wait(browser).until(EC.element_to_be_clickable((By.LINK_TEXT, GROUP)))
    click_and_load(browser, link)
    click_and_load(browser, wait(browser).until(EC.element_to_be_clickable((By.ID, "group-feedback-link"))))
    poster_link = wait(browser).until(EC.presence_of_element_located((By.CSS_SELECTOR, ".qr-poster-link a")))
    href = poster_link.get_attribute("href")
    assert_accessible(browser)
    # The results: the demo has enough answers for them to show.
    click_and_load(browser, browser.find_element(By.ID, "feedback-results-link"))
    wait(browser).until(EC.presence_of_element_located((By.ID, "feedback-distribution")))
    assert_accessible(browser)
    return href


def test_anonymous_feedback_on_a_phone(server, browser, small_phone):
    link = public_link(browser, server)
    assert "/f/" in link
    phone = small_phone
    # No login on the phone: the link opens the form.
    phone.get(link)
    wait(phone).until(EC.presence_of_element_located((By.ID, "feedback-form")))
    assert phone.execute_script("return window.innerWidth") <= 360
    assert phone.execute_script("return document.documentElement.lang") == "fi"
    assert "Mikä oli hyvää?" in phone.page_source
    assert phone.execute_script("return document.documentElement.scrollWidth") <= 360
    assert_accessible(phone)

    phone.find_element(By.ID, "field-feedbackGood").send_keys("Mukava porukka.")
    phone.find_element(By.ID, "field-feedbackChange").send_keys("Enemmän retkiä.")
    label = phone.find_element(By.CSS_SELECTOR, "label[for='rating-4']")
    phone.execute_script("arguments[0].scrollIntoView({block: 'center'});", label)
    label.click()
    click_and_load(phone, phone.find_element(By.ID, "feedback-submit"))
    thanks = wait(phone).until(EC.presence_of_element_located((By.ID, "feedback-thanks")))
    assert "Kiitos palautteestasi" in thanks.text
    assert_accessible(phone)
