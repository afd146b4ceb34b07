"""A group leader on a 360 px phone opens today's session from the home page, marks five
members present in under ten taps, saves, and the client's period then shows the day as
an activity day."""

import datetime
import zoneinfo

from selenium.webdriver.common.by import By
from selenium.webdriver.support import expected_conditions as EC

from conftest import DEMO_PASSWORD
from helpers import assert_accessible, click_and_load, log_in, use_language, wait

MARKED = ["Jari Laine", "Mervi Mäkinen", "Skeittari-Nico", "Sportti-Adam", "Taiteilija-Tuuli"]


def test_group_leader_marks_todays_attendance_on_a_phone(server, small_phone):
    phone = small_phone
    today = datetime.datetime.now(zoneinfo.ZoneInfo("Europe/Helsinki")).date()
    log_in(phone, server, "rasmus@demo.rinnalla.fi", DEMO_PASSWORD)
    use_language(phone, "fi")
    assert phone.execute_script("return window.innerWidth") <= 360
    assert_accessible(phone)

    taps = 0
    # Today's session is on the home page: one tap opens its attendance.
    link = wait(phone).until(EC.element_to_be_clickable((By.CSS_SELECTOR, "#group-sessions-today a.session-link")))
    assert "Toiminnallinen matalan kynnyksen avoin ryhmä" in link.text
    click_and_load(phone, link)
    taps += 1
    wait(phone).until(EC.presence_of_element_located((By.ID, "attendance-form")))
    # Nothing sideways to scroll on the phone.
    assert phone.execute_script("return document.documentElement.scrollWidth") <= 360
    assert_accessible(phone)

    # One tap a client.
    rows = phone.find_elements(By.CSS_SELECTOR, "fieldset.attendance-row")
    names = [row.find_element(By.TAG_NAME, "legend").text for row in rows]
    for name in MARKED:
        assert name in names
    for row in rows:
        if row.find_element(By.TAG_NAME, "legend").text in MARKED:
            label = row.find_element(By.CSS_SELECTOR, "label[for$='-present']")
            phone.execute_script("arguments[0].scrollIntoView({block: 'center'});", label)
            label.click()
            taps += 1
    assert len(phone.find_elements(By.CSS_SELECTOR, "input[value='present']:checked")) == 5
    save = phone.find_element(By.ID, "save-attendance")
    phone.execute_script("arguments[0].scrollIntoView({block: 'center'});", save)
    click_and_load(phone, save)
    taps += 1
    assert taps < 10, f"{taps} taps"
    notice = wait(phone).until(EC.presence_of_element_located((By.CSS_SELECTOR, ".notice")))
    assert "Läsnäolot on tallennettu." in notice.text
    assert len(phone.find_elements(By.CSS_SELECTOR, "input[value='present']:checked")) == 5
    assert_accessible(phone)

    # Saving again changes nothing and still shows the same choices.
    click_and_load(phone, phone.find_element(By.ID, "save-attendance"))
    assert len(phone.find_elements(By.CSS_SELECTOR, "input[value='present']:checked")) == 5

    # The client's period: the session is there and today is an activity day.
    phone.get(server + "/clients?q=nico")
    click_and_load(phone, wait(phone).until(EC.element_to_be_clickable((By.PARTIAL_LINK_TEXT, "Skeittari-Nico"))))
    period_link = wait(phone).until(
        EC.presence_of_element_located((By.CSS_SELECTOR, "main a[href^='/periods/']")))
    phone.get(period_link.get_attribute("href"))
    groups = wait(phone).until(EC.presence_of_element_located((By.ID, "groups")))
    assert f"{today.day}.{today.month}.{today.year}" in groups.text
    assert "Paikalla" in groups.text
    allowance = phone.find_element(By.ID, "allowance").text
    assert f"{today.day}.{today.month}." in allowance
    assert_accessible(phone)
