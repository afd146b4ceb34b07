"""Issue 13, item 14: a shared phone changes hands while the network comes and goes. A
contact that one worker left waiting offline is never shown, sent or stored under the
next worker, and the next worker's offline copy of the form is their own."""

import json
import time

from selenium.webdriver.common.by import By
from selenium.webdriver.support import expected_conditions as EC

from conftest import DEMO_PASSWORD
from helpers import click_and_load, log_in, use_language, wait
from test_contacts_offline import fill_contact, set_offline, submit

FIRST_NICKNAME = "Jaettu-Eetu"
SECOND_NICKNAME = "Jaettu-Sanna"


def queue(driver) -> list:
    return json.loads(driver.execute_script("return localStorage.getItem('rinnalla.contactQueue') || '[]';"))


def page_user(driver) -> str:
    return driver.execute_script("return document.querySelector('meta[name=rinnalla-user]').content;")


def stored(driver, server, nickname) -> int:
    driver.get(server + f"/contacts?nickname={nickname}")
    return len(driver.find_elements(By.CSS_SELECTOR, "#contacts-table tbody tr"))


def test_a_contact_left_waiting_is_never_sent_under_the_next_worker(server, small_phone):
    driver = small_phone
    # Eetu records a contact in a stairwell
    log_in(driver, server, "eetu@demo.rinnalla.fi", DEMO_PASSWORD)
    use_language(driver, "fi")
    driver.get(server + "/contacts/new")
    wait(driver, 20).until(lambda d: d.execute_script("return !!navigator.serviceWorker.controller;"))
    eetu = page_user(driver)
    set_offline(driver, True)
    wait(driver).until(lambda d: d.execute_script("return navigator.onLine === false;"))
    fill_contact(driver, "Koti", "Velat", "Kuunteleminen ja tuki", "30 min", FIRST_NICKNAME)
    submit(driver)
    wait(driver).until(EC.text_to_be_present_in_element((By.ID, "offline-count"), "Odottaa lähetystä: 1"))
    assert [entry["owner"] for entry in queue(driver)] == [eetu]

    # Eetu's session ends while the phone is offline (idle time-out); the network returns
    # on his page, which cannot send without a session and keeps the contact.
    driver.delete_cookie("rinnalla_session")
    set_offline(driver, False)
    wait(driver).until(lambda d: d.execute_script("return navigator.onLine === true;"))
    driver.execute_script("window.dispatchEvent(new Event('online'));")
    time.sleep(2)
    assert [entry["owner"] for entry in queue(driver)] == [eetu]

    # Sanna takes the phone and logs in: the login page removes Eetu's offline copies
    log_in(driver, server, "sanna@demo.rinnalla.fi", DEMO_PASSWORD)
    use_language(driver, "fi")
    driver.get(server + "/contacts/new")
    wait(driver).until(EC.presence_of_element_located((By.ID, "contact-form")))
    sanna = page_user(driver)
    assert sanna and sanna != eetu
    time.sleep(2)
    # Eetu's contact is neither shown nor sent under Sanna
    assert not driver.find_element(By.ID, "offline-queue").is_displayed()
    assert [entry["owner"] for entry in queue(driver)] == [eetu]

    # Sanna goes offline: the form opens from a copy that is hers, never Eetu's
    wait(driver, 20).until(lambda d: d.execute_script("return !!navigator.serviceWorker.controller;"))
    # the copy is refreshed from the network on her visit; give the worker a moment to store it
    time.sleep(1)
    set_offline(driver, True)
    wait(driver).until(lambda d: d.execute_script("return navigator.onLine === false;"))
    driver.get(server + "/contacts/new")
    wait(driver).until(EC.presence_of_element_located((By.ID, "contact-form")))
    assert page_user(driver) == sanna
    fill_contact(driver, "Puhelin", "Yksinäisyys", "Apu hakemisessa", "10 min", SECOND_NICKNAME)
    submit(driver)
    wait(driver).until(EC.text_to_be_present_in_element((By.ID, "offline-count"), "Odottaa lähetystä: 1"))
    owners = sorted(entry["owner"] for entry in queue(driver))
    assert owners == sorted([eetu, sanna])

    # Back online: only Sanna's contact is sent, under her; Eetu's still waits for him
    set_offline(driver, False)
    wait(driver, 30).until(lambda d: [entry["owner"] for entry in queue(d)] == [eetu])
    assert stored(driver, server, SECOND_NICKNAME) == 1
    assert stored(driver, server, FIRST_NICKNAME) == 0
    driver.execute_script("localStorage.removeItem('rinnalla.contactQueue');")
    click_and_load(driver, driver.find_element(By.ID, "logout-button"))
