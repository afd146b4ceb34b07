"""Inclusion survey (issue 6): a team lead makes an evaluation and a collection round
through the pages, then someone without a login opens the round's link on a 360 px phone,
leaves one statement out, sees which one, answers it and gets the thank-you page. The
survey sets no cookie, and axe finds no serious or critical violations on the form.

The test makes its own evaluation so it does not depend on the demo's."""

import datetime

from selenium.webdriver.common.by import By
from selenium.webdriver.support import expected_conditions as EC
from selenium.webdriver.support.ui import Select

from conftest import DEMO_PASSWORD
from helpers import assert_accessible, click_and_load, log_in, use_language, wait


def finnish(day: datetime.date) -> str:
    return f"{day.day}.{day.month}.{day.year}"


def make_round(browser, server) -> str:
    log_in(browser, server, "tiina@demo.rinnalla.fi", DEMO_PASSWORD)
    use_language(browser, "fi")
    browser.get(f"{server}/evaluations")
    click_and_load(browser, wait(browser).until(EC.element_to_be_clickable((By.ID, "new-evaluation"))))
    browser.find_element(By.ID, "field-name").send_keys("Selaintestin arviointi")
    Select(browser.find_element(By.ID, "field-activityKind")).select_by_value("group")
    browser.find_element(By.ID, "field-activityName").send_keys("Olohuone-ryhmä")
    click_and_load(browser, browser.find_element(By.ID, "evaluation-submit"))
    wait(browser).until(EC.presence_of_element_located((By.ID, "round-form")))
    assert "inclusion-not-per-person" in browser.page_source
    today = datetime.date.today()
    browser.find_element(By.ID, "field-roundName").send_keys("Alku")
    browser.find_element(By.ID, "field-opensOn").send_keys(finnish(today - datetime.timedelta(days=1)))
    browser.find_element(By.ID, "field-closesOn").send_keys(finnish(today + datetime.timedelta(days=30)))
    click_and_load(browser, browser.find_element(By.ID, "round-submit"))
    link = wait(browser).until(EC.presence_of_element_located((By.ID, "round-public-link")))
    assert browser.find_element(By.CSS_SELECTOR, "#round-qr svg")
    assert_accessible(browser)
    href = link.get_attribute("href")
    # The staff pages around the round: paper entry, the printable paper form and the poster.
    for link_id, marker in (("round-paper-entry-link", "paper-entry-form"), ("round-paper-link", "paper-form"),
                            ("round-poster-link", "round-poster")):
        click_and_load(browser, wait(browser).until(EC.element_to_be_clickable((By.ID, link_id))))
        wait(browser).until(EC.presence_of_element_located((By.ID, marker)))
        assert_accessible(browser)
    return href


def choose(phone, statement: int, value: int) -> None:
    label = phone.find_element(By.CSS_SELECTOR, f"label[for='s{statement}-{value}']")
    phone.execute_script("arguments[0].scrollIntoView({block: 'center'});", label)
    label.click()


def test_answering_the_inclusion_survey_on_a_phone(server, browser, small_phone):
    link = make_round(browser, server)
    assert "/o/" in link
    phone = small_phone
    phone.get(link)
    wait(phone).until(EC.presence_of_element_located((By.ID, "inclusion-form")))
    assert phone.execute_script("return window.innerWidth") <= 360
    assert phone.execute_script("return document.documentElement.lang") == "fi"
    assert "Mitä mieltä olet seuraavista väittämistä?" in phone.page_source
    assert phone.execute_script("return document.documentElement.scrollWidth") <= 360
    assert_accessible(phone)

    for statement in range(1, 11):
        if statement != 6:
            choose(phone, statement, 4)
    click_and_load(phone, phone.find_element(By.ID, "inclusion-submit"))
    summary = wait(phone).until(EC.presence_of_element_located((By.ID, "error-summary")))
    assert "Tunnen, että elämälläni on tarkoitus" in summary.text
    assert phone.find_element(By.ID, "s1-4").is_selected()
    assert phone.find_element(By.ID, "field-s6-error").is_displayed()
    assert_accessible(phone)

    choose(phone, 6, 5)
    click_and_load(phone, phone.find_element(By.ID, "inclusion-submit"))
    thanks = wait(phone).until(EC.presence_of_element_located((By.ID, "inclusion-thanks")))
    assert "Kiitos vastauksestasi" in thanks.text
    assert phone.get_cookies() == []
    assert_accessible(phone)
