"""A social worker writes a client's goals with the SMART check, rates them at the
interim evaluation and shows the client their progress, in Finnish."""

from selenium.webdriver.common.by import By
from selenium.webdriver.support import expected_conditions as EC
from selenium.webdriver.support.ui import Select

from conftest import DEMO_PASSWORD
from helpers import click_and_load, describe, log_in, serious_axe_violations, use_language, wait


def fill(driver, name: str, value: str) -> None:
    field = driver.find_element(By.NAME, name)
    field.clear()
    field.send_keys(value)


def test_goals_interim_evaluation_and_progress(server, browser):
    log_in(browser, server, "sanna@demo.rinnalla.fi", DEMO_PASSWORD)
    use_language(browser, "fi")

    # The demo caseload: Taiteilija-Tuuli's period, with the handbook's goals
    browser.get(server + "/clients?q=Taiteilija")
    click_and_load(browser, browser.find_element(By.PARTIAL_LINK_TEXT, "Taiteilija-Tuuli"))
    click_and_load(browser, browser.find_element(By.CSS_SELECTOR, "a[href^='/periods/']"))
    click_and_load(browser, browser.find_element(By.ID, "tab-goals"))
    tree = browser.find_element(By.CLASS_NAME, "goal-tree").text
    assert "Kokeilen meditaatiota ennen nukahtamista" in tree
    assert "Tukikysymyksiä tavoitteen asetteluun" in browser.find_element(By.CLASS_NAME, "guide").text
    violations = serious_axe_violations(browser)
    assert not violations, describe(violations)

    # An everyday change under a sub-goal, written with the SMART check
    Select(browser.find_element(By.NAME, "level")).select_by_value("everyday")
    parent = Select(browser.find_element(By.NAME, "parentID"))
    parent.select_by_visible_text("Osatavoite: Kokeilen meditaatiota ennen nukahtamista")
    fill(browser, "text", "Kuuntelen rentoutusharjoituksen kolmena iltana viikossa")
    for letter in "SMART":
        browser.find_element(By.ID, f"field-smart-{letter}").click()
    click_and_load(browser, browser.find_element(By.ID, "save-goal"))
    assert "Kuuntelen rentoutusharjoituksen" in browser.find_element(By.CLASS_NAME, "goal-tree").text
    step = browser.find_element(By.XPATH, "//li[contains(., 'Kuuntelen rentoutusharjoituksen')]")
    click_and_load(browser, step.find_element(By.CSS_SELECTOR, "form button"))
    assert "Saavutettu" in browser.find_element(By.XPATH, "//li[contains(., 'Kuuntelen rentoutusharjoituksen')]").text

    # The interim evaluation rates every main goal and sub-goal on the GAS scale
    click_and_load(browser, browser.find_element(By.ID, "tab-evaluations"))
    form = wait(browser).until(EC.presence_of_element_located((By.ID, "evaluation-form")))
    for fieldset in form.find_elements(By.CSS_SELECTOR, "fieldset.radios[id^='field-rating-']"):
        fieldset.find_element(By.CSS_SELECTOR, "input[value='0']").click()
    fill(browser, "groupParticipation", "Kävi kahdesti taideryhmässä.")
    browser.find_element(By.CSS_SELECTOR, "input[name='continuation'][value='yes']").click()
    fill(browser, "continuationReasons", "Asiakas on hyötynyt ja haluaa jatkaa.")
    violations = serious_axe_violations(browser)
    assert not violations, describe(violations)
    click_and_load(browser, browser.find_element(By.ID, "save-evaluation"))
    assert "Arviointi tallennettu." in browser.find_element(By.CLASS_NAME, "notice").text

    click_and_load(browser, browser.find_element(By.ID, "tab-evaluations"))
    summary = browser.find_element(By.ID, "gas-summary").text
    assert "50,0" in summary and "+" in summary

    # The client's progress page, in plain words
    click_and_load(browser, browser.find_element(By.ID, "tab-progress"))
    progress = browser.find_element(By.CLASS_NAME, "progress").text
    assert "Olet ottanut 1 askelta 1 askeleesta." in progress
    assert "Tavoitteissa on edetty" in progress
    violations = serious_axe_violations(browser)
    assert not violations, describe(violations)
