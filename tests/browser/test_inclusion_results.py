"""The demo evaluator opens the ESIS results of the demo evaluation's start round and the
start-vs-end comparison: aggregates only, the "never per person" note, charts with their
tables, reference figures; axe finds no serious or critical violations."""

from selenium.webdriver.common.by import By
from selenium.webdriver.support import expected_conditions as EC

from conftest import DEMO_PASSWORD
from helpers import assert_accessible, click_and_load, log_in, use_language, wait

EVALUATION = "Avoimen ryhmän osallisuusarviointi"


def demo_rounds(browser, server) -> tuple[str, str, str]:
    """(evaluation id, start round id, end round id), found through the evaluations list;
    leaves the browser on the start round's results."""
    browser.get(f"{server}/evaluations")
    link = wait(browser).until(EC.presence_of_element_located((By.LINK_TEXT, EVALUATION)))
    evaluation = link.get_attribute("href").rstrip("/").split("/")[-1]
    click_and_load(browser, link)
    results = browser.find_elements(By.CSS_SELECTOR, '#rounds a[href$="/results"]')
    assert len(results) >= 2
    start, end = (element.get_attribute("href").split("/")[-2] for element in results[:2])
    click_and_load(browser, results[0])
    return evaluation, start, end


def test_demo_evaluator_reads_the_round_results_and_the_comparison(server, phone):
    browser = phone
    log_in(browser, server, "arja@demo.rinnalla.fi", DEMO_PASSWORD)
    use_language(browser, "fi")
    evaluation, start, end = demo_rounds(browser, server)
    assert "ESIS-tulokset: Alku" in browser.find_element(By.TAG_NAME, "h1").text
    assert "ei näytetä koskaan henkilöittäin" in browser.find_element(By.ID, "not-per-person").text
    complete = browser.find_element(By.ID, "round-complete").text
    assert complete.isdigit() and int(complete) >= 50
    assert browser.find_element(By.ID, "round-mean").text
    assert browser.find_element(By.CSS_SELECTOR, "#round-histogram svg.bar-chart").is_displayed()
    assert "Finsote 2019" in browser.find_element(By.ID, "round-reference").text
    assert browser.find_element(By.ID, "round-statement-1").is_displayed()
    assert_accessible(browser)
    click_and_load(browser, browser.find_element(By.ID, "link-comparison"))
    assert "alku- ja loppumittauksen vertailu" in browser.find_element(By.TAG_NAME, "h1").text
    pairs = browser.find_element(By.ID, "paired-count").text
    assert pairs.isdigit() and int(pairs) >= 30
    assert browser.find_element(By.ID, "paired-change").text
    assert browser.find_element(By.ID, "crossings-table").is_displayed()
    assert_accessible(browser)
    use_language(browser, "en")
    browser.get(f"{server}/evaluations/{evaluation}/results?first={start}&second={end}")
    assert "never shown per person" in browser.find_element(By.ID, "not-per-person").text
    assert_accessible(browser)
    use_language(browser, "fi")
