"""Shared fixtures: the real `rinnalla` binary on a fresh SQLite file, and headless Chromium."""

import os
import pathlib
import socket
import subprocess
import tempfile
import time
import urllib.request

import pytest
from selenium import webdriver
from selenium.webdriver.chrome.service import Service

ROOT = pathlib.Path(__file__).resolve().parents[2]
DEMO_PASSWORD = "demo-salasana-2026"


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def _binary() -> pathlib.Path:
    bin_path = subprocess.run(
        ["swift", "build", "--show-bin-path"], cwd=ROOT, capture_output=True, text=True, check=True
    ).stdout.strip()
    return pathlib.Path(bin_path) / "rinnalla"


@pytest.fixture(scope="session")
def server():
    """Starts `rinnalla serve --demo` on a free port with its own data folder."""
    data_dir = tempfile.mkdtemp(prefix="rinnalla-browser-")
    port = _free_port()
    env = {k: v for k, v in os.environ.items() if k not in ("DATABASE_URL", "RINNALLA_TEST_DATABASE_URL")}
    env["RINNALLA_DATA_DIR"] = data_dir
    log_path = pathlib.Path(data_dir) / "server.log"
    log = open(log_path, "w")
    process = subprocess.Popen(
        [str(_binary()), "serve", "--demo", "--hostname", "127.0.0.1", "--port", str(port)],
        cwd=ROOT, env=env, stdout=log, stderr=subprocess.STDOUT,
    )
    base = f"http://127.0.0.1:{port}"
    deadline = time.time() + 120
    while True:
        try:
            with urllib.request.urlopen(base + "/readyz", timeout=2) as response:
                if response.status == 200:
                    break
        except OSError:
            pass
        if process.poll() is not None or time.time() > deadline:
            log.close()
            raise RuntimeError("server did not start:\n" + log_path.read_text())
        time.sleep(0.5)
    # Rinnalla ships no client self-assessment instrument; install the made-up test one
    # as an organisation installs its own.
    subprocess.run(
        [str(_binary()), "instrument", "add", "--file", str(ROOT / "tests/fixtures/test-instrument.json"),
         "--by", "admin@demo.rinnalla.fi"],
        cwd=ROOT, env=env, check=True, capture_output=True, timeout=120,
    )
    yield base
    process.terminate()
    try:
        process.wait(timeout=10)
    except subprocess.TimeoutExpired:
        process.kill()
    log.close()


def make_driver(width: int, height: int) -> webdriver.Chrome:
    options = webdriver.ChromeOptions()
    options.binary_location = "/usr/bin/chromium"
    for argument in ("--headless=new", "--no-sandbox", "--disable-dev-shm-usage", "--disable-gpu",
                     f"--window-size={width},{height}", "--lang=fi-FI"):
        options.add_argument(argument)
    options.add_experimental_option("prefs", {"intl.accept_languages": "fi-FI,fi"})
    # The system chromedriver: Selenium Manager must not try to download one.
    return webdriver.Chrome(service=Service("/usr/bin/chromedriver"), options=options)


@pytest.fixture
def browser():
    driver = make_driver(1280, 900)
    yield driver
    driver.quit()


@pytest.fixture
def small_phone():
    driver = make_driver(360, 740)
    # Headless Chromium keeps windows at least 500 px wide; the viewport is set as a phone's.
    driver.execute_cdp_cmd(
        "Emulation.setDeviceMetricsOverride", {"width": 360, "height": 740, "deviceScaleFactor": 2, "mobile": True})
    yield driver
    driver.quit()


@pytest.fixture
def phone():
    driver = make_driver(360, 800)
    yield driver
    driver.quit()
