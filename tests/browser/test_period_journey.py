"""A social worker runs a period in the browser, in Finnish: adds a client, starts a
period, makes a decision, plans the meetings, marks two realised, produces the month's
activity allowance decision, follows the handbook's steps and closes the period with the
client's feedback."""

import random

from selenium.webdriver.common.by import By
from selenium.webdriver.support import expected_conditions as EC
from selenium.webdriver.support.ui import Select

from conftest import DEMO_PASSWORD
from helpers import click_and_load, describe, log_in, serious_axe_violations, use_language, wait

CHECK = "0123456789ABCDEFHJKLMNPRSTUVWXY"


def identity_code() -> str:
    individual = random.randint(2, 899)
    digits = f"150590{individual:03d}"
    return f"150590-{individual:03d}{CHECK[int(digits) % 31]}"


def fill(driver, name: str, value: str) -> None:
    field = driver.find_element(By.NAME, name)
    field.clear()
    field.send_keys(value)


def test_worker_runs_a_period_from_the_start_to_the_closing(server, browser):
    log_in(browser, server, "sanna@demo.rinnalla.fi", DEMO_PASSWORD)
    use_language(browser, "fi")

    # A new client
    browser.get(server + "/clients/new")
    fill(browser, "name", "Selain Testiasiakas")
    fill(browser, "identityCode", identity_code())
    click_and_load(browser, browser.find_element(By.ID, "save-client"))
    wait(browser).until(EC.presence_of_element_located((By.ID, "start-period")))
    assert "Selain Testiasiakas" in browser.find_element(By.TAG_NAME, "h1").text

    # The period, after the suitability check
    click_and_load(browser, browser.find_element(By.ID, "start-period"))
    browser.find_element(By.ID, "field-offer-own-wish").click()
    browser.find_element(By.ID, "field-offer-social-relationships").click()
    click_and_load(browser, browser.find_element(By.ID, "start-period"))
    wait(browser).until(EC.presence_of_element_located((By.ID, "decision-form")))
    period_url = browser.current_url.split("?")[0].split("#")[0]
    assert "Ennen jakson alkua" in browser.find_element(By.ID, "phase-heading").text
    violations = serious_axe_violations(browser)
    assert not violations, describe(violations)

    # A decision that started in the past, so its first month has ended
    fill(browser, "firstDay", "1.9.2026")
    fill(browser, "lastDay", "30.11.2026")
    click_and_load(browser, browser.find_element(By.ID, "preview-decision"))
    text = wait(browser).until(EC.presence_of_element_located((By.NAME, "text")))
    assert "Sinulle myönnetään sosiaalista kuntoutusta ajalle 1.9.-30.11.2026" in text.get_attribute("value")
    click_and_load(browser, browser.find_element(By.ID, "save-decision"))
    wait(browser).until(EC.presence_of_element_located((By.ID, "plan-form")))
    assert "Päätös sosiaalisesta kuntoutuksesta" in browser.find_element(By.ID, "decisions").text

    # Calendar the month: every Tuesday in September
    browser.find_element(By.CSS_SELECTOR, "#meetings details summary").click()
    fill(browser, "seriesFirstDay", "1.9.2026")
    fill(browser, "seriesLastDay", "30.9.2026")
    Select(browser.find_element(By.NAME, "weekday")).select_by_value("2")
    Select(browser.find_element(By.NAME, "intervalWeeks")).select_by_value("1")
    click_and_load(browser, browser.find_element(By.ID, "plan-meetings"))
    wait(browser).until(EC.presence_of_element_located((By.CSS_SELECTOR, "#meetings table")))
    links = browser.find_elements(By.CSS_SELECTOR, "#meetings tbody a")
    assert len(links) == 5
    meeting_urls = [link.get_attribute("href") for link in links[:2]]

    # Two of them took place
    for url in meeting_urls:
        browser.get(url)
        Select(browser.find_element(By.NAME, "status")).select_by_value("realised")
        fill(browser, "record", "Tapasimme kahvilassa ja sovimme seuraavasta kerrasta.")
        click_and_load(browser, browser.find_element(By.ID, "save-meeting"))
        wait(browser).until(EC.presence_of_element_located((By.ID, "allowance")))

    # The month's allowance decision
    allowance = browser.find_element(By.ID, "allowance")
    assert "1.9.-30.9.2026" in allowance.text
    assert "18,00" in allowance.text
    click_and_load(browser, allowance.find_element(By.CSS_SELECTOR, "form button"))
    wait(browser).until(EC.presence_of_element_located((By.CSS_SELECTOR, "#allowance a")))
    click_and_load(browser, browser.find_element(By.CSS_SELECTOR, "#allowance a"))
    body = wait(browser).until(EC.presence_of_element_located((By.CLASS_NAME, "decision-text"))).text
    assert "Tapaamisia on ollut 1.9. ja 8.9.2026. Toimintarahaa maksetaan yhteensä 2 vuorokauden ajalta." in body
    assert "kahdelta vuorokaudelta, 9 euroa/vrk, yhteensä 18 euroa asiakkaan tilille ajalta 1.9.-30.9.2026" in body

    # The handbook's steps: the decision ticked itself; the worker ticks one done on paper
    browser.get(period_url)
    click_and_load(browser, browser.find_element(By.ID, "tab-steps"))
    decisions = browser.find_element(By.ID, "step-decisions").text
    assert "Tehty Rinnallassa" in decisions
    browser.find_element(By.ID, "field-tick-present-service").click()
    click_and_load(browser, browser.find_element(By.ID, "save-steps-before-start"))
    assert "Merkinnät tallennettu." in browser.find_element(By.CLASS_NAME, "notice").text
    assert "Merkitty tehdyksi" in browser.find_element(By.ID, "step-present-service").text
    violations = serious_axe_violations(browser)
    assert not violations, describe(violations)

    # A goal, so the period can be evaluated
    click_and_load(browser, browser.find_element(By.ID, "tab-goals"))
    Select(browser.find_element(By.NAME, "level")).select_by_value("main")
    fill(browser, "text", "Lähden kotoa kahvilaan kerran viikossa")
    for letter in "SMART":
        browser.find_element(By.ID, f"field-smart-{letter}").click()
    fill(browser, "expected", "Käyn kahvilassa kerran viikossa")
    click_and_load(browser, browser.find_element(By.ID, "save-goal"))
    assert "Lähden kotoa kahvilaan" in browser.find_element(By.CLASS_NAME, "goal-tree").text

    # The closing: the final evaluation with what the client said, in Swedish
    browser.get(period_url + "/evaluations?kind=final")
    form = wait(browser).until(EC.presence_of_element_located((By.ID, "evaluation-form")))
    for fieldset in form.find_elements(By.CSS_SELECTOR, "fieldset.radios[id^='field-rating-']"):
        fieldset.find_element(By.CSS_SELECTOR, "input[value='1']").click()
    fill(browser, "achieved", "Käy kahvilassa viikoittain.")
    Select(browser.find_element(By.NAME, "feedbackLanguage")).select_by_value("sv")
    Select(browser.find_element(By.NAME, "feedbackGiven")).select_by_value("yes")
    fill(browser, "clientView", "Det gick bra, jag vågar gå ut nu.")
    fill(browser, "followUpPlan", "Jatkaa kahvilaryhmässä omatoimisesti.")
    fill(browser, "transition", "Kohtaamispaikka")
    violations = serious_axe_violations(browser)
    assert not violations, describe(violations)
    click_and_load(browser, browser.find_element(By.ID, "save-evaluation"))
    browser.get(period_url + "/evaluations")
    evaluations = browser.find_element(By.TAG_NAME, "main").get_attribute("textContent")
    assert "Det gick bra, jag vågar gå ut nu." in evaluations
    browser.get(period_url + "/steps")
    assert "Tehty Rinnallassa" in browser.find_element(By.ID, "step-client-view").text
