"""An outreach worker records contacts on a 360 px phone: one online, two more in a
stairwell without a network (queued in the browser, "2 waiting"), and when the network
returns all three are stored exactly once. In Finnish, with axe on the form."""

import json
import time

from selenium.webdriver.common.by import By
from selenium.webdriver.support import expected_conditions as EC

from conftest import DEMO_PASSWORD
from helpers import assert_accessible, click_and_load, log_in, use_language, wait

MARKER_NICKNAME = "Portaikko"


def choose(driver, field: str, label: str) -> None:
    """Taps a chip (a big radio or checkbox button) by its text."""
    chip = driver.find_element(
        By.XPATH, f"//fieldset[@id='field-{field}']//label[contains(@class,'chip')][normalize-space(.)='{label}']")
    driver.execute_script("arguments[0].scrollIntoView({block: 'center'});", chip)
    chip.click()


def fill_contact(driver, channel: str, topic: str, support: str, minutes: str, nickname: str = "") -> None:
    choose(driver, "channel", channel)
    choose(driver, "topics", topic)
    choose(driver, "supports", support)
    choose(driver, "durationMinutes", minutes)
    if nickname:
        field = driver.find_element(By.ID, "field-nickname")
        field.clear()
        field.send_keys(nickname)


def submit(driver):
    button = driver.find_element(By.ID, "save-contact")
    driver.execute_script("arguments[0].scrollIntoView({block: 'center'});", button)
    button.click()


def set_offline(driver, offline: bool) -> None:
    driver.execute_cdp_cmd("Network.enable", {})
    driver.execute_cdp_cmd("Network.emulateNetworkConditions", {
        "offline": offline, "latency": 0, "downloadThroughput": -1, "uploadThroughput": -1})


def stored_with_nickname(driver) -> list:
    """The unit's contacts with the test's nickname, read through the session like the list page."""
    driver.get(driver.current_url.split("/contacts")[0] + f"/contacts?nickname={MARKER_NICKNAME}")
    rows = driver.find_elements(By.CSS_SELECTOR, "#contacts-table tbody tr")
    return [row.text for row in rows]


def test_outreach_worker_records_contacts_offline_and_they_are_sent_once(server, small_phone):
    driver = small_phone
    log_in(driver, server, "eetu@demo.rinnalla.fi", DEMO_PASSWORD)
    use_language(driver, "fi")

    # The home page offers a new contact first
    click_and_load(driver, driver.find_element(By.ID, "home-new-contact"))
    assert driver.find_element(By.TAG_NAME, "h1").text == "Uusi yhteydenotto"
    assert not driver.find_elements(By.NAME, "name")  # anonymous: no name field
    assert_accessible(driver)
    # The form is narrower than the phone: nothing scrolls sideways
    assert driver.execute_script("return document.documentElement.scrollWidth <= window.innerWidth + 1;")

    # One contact online
    fill_contact(driver, "Katu", "Asuminen", "Neuvonta ja ohjaus", "15 min", MARKER_NICKNAME)
    submit(driver)
    wait(driver).until(EC.presence_of_element_located((By.ID, "saved-contact")))
    assert "Yhteydenotto tallennettu." in driver.page_source
    assert_accessible(driver)

    # The service worker has taken the page under its wing before the network goes
    wait(driver, 20).until(lambda d: d.execute_script("return !!navigator.serviceWorker.controller;"))

    # In the stairwell: two more, kept in the phone
    set_offline(driver, True)
    wait(driver).until(lambda d: d.execute_script("return navigator.onLine === false;"))
    fill_contact(driver, "Koti", "Velat", "Kuunteleminen ja tuki", "30 min", MARKER_NICKNAME)
    submit(driver)
    wait(driver).until(EC.text_to_be_present_in_element((By.ID, "offline-count"), "Odottaa lähetystä: 1"))
    fill_contact(driver, "Puhelin", "Yksinäisyys", "Apu hakemisessa", "10 min", MARKER_NICKNAME.lower())
    submit(driver)
    wait(driver).until(EC.text_to_be_present_in_element((By.ID, "offline-count"), "Odottaa lähetystä: 2"))
    waiting = driver.find_element(By.ID, "offline-list").text
    assert "Koti" in waiting and "Velat" in waiting and "Puhelin" in waiting
    queue = json.loads(driver.execute_script("return localStorage.getItem('rinnalla.contactQueue');"))
    assert len(queue) == 2 and len({entry["clientMadeID"] for entry in queue}) == 2
    me = driver.execute_script("return document.querySelector('meta[name=rinnalla-user]').content;")
    assert me and all(entry["owner"] == me for entry in queue)
    assert_accessible(driver)

    # The form itself opens from the phone's copy while offline
    driver.get(server + "/contacts/new")
    wait(driver).until(EC.presence_of_element_located((By.ID, "contact-form")))
    assert "Odottaa lähetystä: 2" in driver.find_element(By.ID, "offline-count").text

    # The network returns: the queue is sent and emptied, nothing is left in the browser
    set_offline(driver, False)
    wait(driver, 30).until(lambda d: d.execute_script("return localStorage.getItem('rinnalla.contactQueue') === null;"))
    wait(driver).until(lambda d: not d.find_element(By.ID, "offline-count").is_displayed()
                       or "Odottaa lähetystä: 0" in d.find_element(By.ID, "offline-count").text)

    # A retry of an already sent contact stores nothing new (the same id)
    sent_again = driver.execute_async_script(
        """
        const done = arguments[arguments.length - 1];
        const entry = arguments[0];
        const token = document.querySelector('input[name=_csrf]').value;
        const body = new URLSearchParams({clientMadeID: entry.clientMadeID, channel: entry.channel,
            durationMinutes: entry.durationMinutes, _csrf: token});
        entry.topics.forEach(t => body.append('topics[]', t));
        entry.supports.forEach(s => body.append('supports[]', s));
        fetch('/contacts', {method: 'POST', headers: {'Accept': 'application/json'}, body})
          .then(r => done(r.status)).catch(e => done(String(e)));
        """, queue[0])
    assert sent_again == 200

    # A contact another worker left waiting on this phone is neither shown nor sent now
    foreign = dict(queue[1], clientMadeID="00000000-0000-4000-8000-000000000001", owner="another-worker",
                   nickname="Vieras")
    driver.execute_script("localStorage.setItem('rinnalla.contactQueue', JSON.stringify([arguments[0]]));", foreign)
    driver.get(server + "/contacts/new")
    wait(driver).until(EC.presence_of_element_located((By.ID, "contact-form")))
    time.sleep(2)
    assert not driver.find_element(By.ID, "offline-queue").is_displayed()
    left = json.loads(driver.execute_script("return localStorage.getItem('rinnalla.contactQueue');"))
    assert [entry["clientMadeID"] for entry in left] == [foreign["clientMadeID"]]
    driver.execute_script("localStorage.removeItem('rinnalla.contactQueue');")

    rows = stored_with_nickname(driver)
    assert len(rows) == 3, rows
    assert sum("Koti" in row for row in rows) == 1
    assert sum("Puhelin" in row for row in rows) == 1
    assert sum("Katu" in row for row in rows) == 1
    assert_accessible(driver)
