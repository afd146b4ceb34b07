"""A demo decision printed to PDF in headless Chromium (issue 15): A4, the decision number
and "Sivu n / N" on every page, the whole administrative frame with the review
instructions; and the decision page and the admin's decision settings axe-clean at
1280 px and 360 px.

The PDF's text is read back with pypdf (pinned in requirements.txt): it is pure Python and
comes with the other test tools from PyPI, so CI needs no further system package, and its
text extraction keeps each page apart, which is what is checked here."""

import base64
import io
import re

import pypdf
from selenium.webdriver.common.by import By
from selenium.webdriver.support import expected_conditions as EC

from conftest import DEMO_PASSWORD
from helpers import assert_accessible, click_and_load, log_in, log_in_as_admin, use_language, wait

A4_POINTS = (595, 842)


def first_decision(driver, base: str) -> str:
    """The address of the first decision of the first demo client with a period."""
    driver.get(base + "/clients")
    clients = [a.get_attribute("href") for a in driver.find_elements(By.CSS_SELECTOR, "main a[href*='/clients/']")]
    for client in clients:
        if client.endswith("/new"):
            continue
        driver.get(client)
        periods = [a.get_attribute("href") for a in driver.find_elements(By.CSS_SELECTOR, "main a[href*='/periods/']")]
        for period in periods:
            driver.get(period)
            decisions = driver.find_elements(By.CSS_SELECTOR, "#decisions a[href*='/decisions/']")
            if decisions:
                return decisions[0].get_attribute("href")
    raise AssertionError("no demo client has a decision")


def pdf_pages(driver) -> list:
    """Prints the current page as Chromium's print-to-PDF does (CSS page size, no browser
    header or footer) and returns the pages."""
    result = driver.execute_cdp_cmd(
        "Page.printToPDF", {"preferCSSPageSize": True, "displayHeaderFooter": False, "printBackground": False})
    return pypdf.PdfReader(io.BytesIO(base64.b64decode(result["data"]))).pages


def test_a_printed_decision_has_its_number_and_page_numbers_on_every_a4_page(server, browser):
    log_in(browser, server, "sanna@demo.rinnalla.fi", DEMO_PASSWORD)
    use_language(browser, "fi")
    decision = first_decision(browser, server)
    browser.get(decision + "/print")
    wait(browser).until(EC.presence_of_element_located((By.CSS_SELECTOR, "article.decision-document")))
    number = browser.find_element(By.TAG_NAME, "html").get_attribute("data-print-header")
    assert re.fullmatch(r"Päätösnumero \d{12}", number), number

    pages = pdf_pages(browser)
    texts = [page.extract_text() for page in pages]
    assert len(pages) >= 2, "the frame and the review instructions take more than one page: " + texts[0]
    for index, (page, text) in enumerate(zip(pages, texts), start=1):
        width, height = (round(float(v)) for v in page.mediabox.upper_right)
        assert (width, height) == A4_POINTS, f"page {index} is {width}×{height} pt, not A4"
        assert number in text, f"page {index} lacks the decision number:\n{text}"
        assert f"Sivu {index} / {len(pages)}" in text, f"page {index} lacks its page number:\n{text}"
    document = "\n".join(texts)
    flat = re.sub(r"\s+", " ", document)
    assert "Henkilötunnus" in flat or "Syntymäaika" in flat, "the client's identity code or birth date is missing"
    for part in ("Demo-hyvinvointialue", "Päätös sosiaalisesta kuntoutuksesta", "Päätöspäivä", "Sosiaalihuoltolaki 17 §", "Päätöksentekijä", "Lisätietoja antaa", "Tiedoksianto",
                 "Oikaisuvaatimusohje", "30 päivän kuluessa"):
        assert part in flat, f"{part} is not in the printed decision"
    # The navigation and the buttons stay off the paper.
    assert "Kirjaudu ulos" not in document and "Tulosta" not in document


def test_the_decision_page_is_accessible_at_1280_and_360(server, browser, small_phone):
    for driver in (browser, small_phone):
        log_in(driver, server, "sanna@demo.rinnalla.fi", DEMO_PASSWORD)
        use_language(driver, "fi")
        driver.get(first_decision(driver, server))
        wait(driver).until(EC.presence_of_element_located((By.ID, "print-decision")))
        assert_accessible(driver)


def test_the_decision_settings_are_confirmed_in_the_demo_and_accessible(server, browser, small_phone):
    for driver in (browser, small_phone):
        log_in_as_admin(driver, server)
        use_language(driver, "fi")
        driver.get(server + "/admin/settings/decisions")
        form = wait(driver).until(EC.presence_of_element_located((By.ID, "decision-settings-form")))
        assert "Aino Pääkäyttäjä" in driver.find_element(By.ID, "decision-settings-status").text
        assert "Oikaisuvaatimus on tehtävä 30 päivän kuluessa" in form.find_element(
            By.NAME, "reviewInstructions-fi").get_attribute("value")
        assert_accessible(driver)
