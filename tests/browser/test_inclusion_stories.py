"""Small success stories: the demo team lead opens the demo evaluation's stories, records an
interview (a pseudonym that looks like an identity code is refused first) and marks a story
in it; then looks at the 24-question self-evaluation comparison. No serious or critical
accessibility violations on the way."""

from selenium.webdriver.common.by import By
from selenium.webdriver.support import expected_conditions as EC
from selenium.webdriver.support.ui import Select

from conftest import DEMO_PASSWORD
from helpers import assert_accessible, click_and_load, log_in, use_language, wait

# The demo's inclusion evaluation (DemoInclusion), found through the evaluations list.
EVALUATION_NAME = "Avoimen ryhmän osallisuusarviointi"


def click(browser, element):
    browser.execute_script("arguments[0].scrollIntoView({block: 'center'});", element)
    element.click()


def test_record_an_interview_and_a_story(server, browser):
    log_in(browser, server, "tiina@demo.rinnalla.fi", DEMO_PASSWORD)
    use_language(browser, "fi")
    browser.get(f"{server}/evaluations")
    link = wait(browser).until(EC.presence_of_element_located((By.LINK_TEXT, EVALUATION_NAME)))
    evaluation = link.get_attribute("href").rstrip("/").split("/")[-1]
    click_and_load(browser, link)
    click_and_load(browser, browser.find_element(By.CSS_SELECTOR, f'a[href="/evaluations/{evaluation}/stories"]'))
    wait(browser).until(EC.presence_of_element_located((By.ID, "step-valmistelu")))
    assert "Pienet onnistumistarinat" in browser.page_source
    assert "Kettu" in browser.page_source  # the demo interviews
    assert_accessible(browser)

    click_and_load(browser, browser.find_element(By.ID, "new-interview"))
    wait(browser).until(EC.presence_of_element_located((By.ID, "interview-form")))
    assert "Miltä osallistuminen on sinusta tuntunut?" in browser.page_source
    assert_accessible(browser)
    browser.find_element(By.ID, "field-pseudonym").send_keys("131052-308T")
    click(browser, browser.find_element(By.ID, "field-consentRecorded"))
    browser.find_element(By.ID, "field-notes-merkityksellisyys").send_keys("Odottaa ryhmää koko viikon.")
    click_and_load(browser, browser.find_element(By.ID, "save-interview"))
    error = wait(browser).until(EC.presence_of_element_located((By.ID, "field-pseudonym-error")))
    assert "henkilötunnukselta" in error.text
    assert_accessible(browser)

    pseudonym = browser.find_element(By.ID, "field-pseudonym")
    pseudonym.clear()
    pseudonym.send_keys("Pöllö")
    consent = browser.find_element(By.ID, "field-consentRecorded")
    if not consent.is_selected():
        click(browser, consent)
    click_and_load(browser, browser.find_element(By.ID, "save-interview"))
    wait(browser).until(EC.presence_of_element_located((By.ID, "story-form")))
    assert "Pöllö" in browser.find_element(By.TAG_NAME, "h1").text
    assert "Odottaa ryhmää koko viikon." in browser.page_source
    assert_accessible(browser)

    browser.find_element(By.ID, "field-excerpt").send_keys(
        "Ensin en uskaltanut puhua. Sitten pyysin vuoroa, ja nyt vedän itse aloituskierroksen."
    )
    Select(browser.find_element(By.ID, "field-storyTheme")).select_by_value("toimijauskomukset")
    click(browser, browser.find_element(By.ID, "field-sequenceConfirmed"))
    browser.find_element(By.ID, "field-storyType").send_keys("mahdollisuus vaikuttaa")
    browser.find_element(By.ID, "field-interpretation").send_keys("pystyvyyden tunne")
    browser.find_element(By.ID, "field-mechanism").send_keys("vastuuta vähitellen")
    click(browser, browser.find_element(By.CSS_SELECTOR, "label[for='field-domains-1']"))
    click_and_load(browser, browser.find_element(By.ID, "save-story"))
    wait(browser).until(EC.presence_of_element_located((By.CSS_SELECTOR, ".notice")))
    assert "Tarina tallennettu." in browser.page_source
    assert "nyt vedän itse aloituskierroksen" in browser.page_source
    assert_accessible(browser)

    # The analysis counts it with the demo's stories of the same type.
    browser.get(f"{server}/evaluations/{evaluation}/stories#step-analyysi")
    typology = wait(browser).until(EC.presence_of_element_located((By.ID, "typology")))
    assert "mahdollisuus vaikuttaa" in typology.text
    assert_accessible(browser)

    # The 24 questions: the later demo round beside the earlier one.
    browser.get(f"{server}/evaluations/{evaluation}/self-evaluations")
    rows = wait(browser).until(EC.presence_of_all_elements_located((By.CSS_SELECTOR, "tbody a")))
    click_and_load(browser, rows[0])
    wait(browser).until(EC.presence_of_element_located((By.CSS_SELECTOR, "svg.auxq-chart")))
    assert "Rinnakkain" in browser.page_source
    assert_accessible(browser)
    browser.get(f"{server}/evaluations/{evaluation}/self-evaluations/new")
    wait(browser).until(EC.presence_of_element_located((By.ID, "self-evaluation-form")))
    assert_accessible(browser)
