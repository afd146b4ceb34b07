"""The demo evaluator opens the ESIS results of the demo evaluation's start round and the
start-vs-end comparison: aggregates only, the "never per person" note, charts with their
tables, reference figures; axe finds no serious or critical violations.

The round is looked up in the server's SQLite file until the evaluation pages (`/evaluations`)
link to it on this branch."""

import glob
import os
import sqlite3
import uuid

from selenium.webdriver.common.by import By

from conftest import DEMO_PASSWORD
from helpers import assert_accessible, click_and_load, log_in, use_language

EVALUATION = "Avoimen ryhmän osallisuusarviointi"


def _as_uuid(value) -> str:
    return str(uuid.UUID(bytes=value)) if isinstance(value, bytes) else str(value)


def demo_rounds(browser, server) -> tuple[str, str, str]:
    """(evaluation id, start round id, end round id) from this server's database: other
    test runs may have browser-test databases of their own, so each candidate, newest first,
    is tried until this server knows its round."""
    files = sorted(glob.glob("/tmp/rinnalla-browser-*/rinnalla.sqlite"), key=os.path.getmtime, reverse=True)
    for path in files:
        connection = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
        try:
            rows = connection.execute(
                "SELECT e.id, r.id FROM inclusion_rounds r JOIN inclusion_evaluations e ON e.id = r.evaluation_id "
                "WHERE e.name = ? ORDER BY r.position",
                (EVALUATION,),
            ).fetchall()
        except sqlite3.Error:
            rows = []
        finally:
            connection.close()
        if len(rows) < 2:
            continue
        ids = _as_uuid(rows[0][0]), _as_uuid(rows[0][1]), _as_uuid(rows[1][1])
        browser.get(f"{server}/rounds/{ids[1]}/results")
        if browser.find_elements(By.ID, "inclusion-round-results"):
            return ids
    raise AssertionError("the demo evaluation's rounds were not found")


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
