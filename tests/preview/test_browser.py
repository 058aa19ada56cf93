"""The live preview in a real headless Chromium: a save on disk shows in the page."""

from __future__ import annotations

import os
import shutil
import signal
import subprocess
import sys
import threading
import urllib.error
import urllib.request
from pathlib import Path

import pytest

from communique.checks.readback import pdf_text, skeleton

ROOT = Path(__file__).resolve().parents[2]
EXAMPLE = "maroc-vice-presidence-interpol"
OLD = "Le Maroc élu vice-président d’Interpol pour l’Afrique"
NEW = "Le Maroc prend la vice-présidence d’Interpol pour l’Afrique"
# What works in a container: no sandbox, no GPU, nothing fetched by the browser itself.
CHROMIUM_FLAGS = ("--headless", "--no-sandbox", "--disable-gpu", "--disable-quic",
                  "--no-first-run", "--disable-background-networking",
                  "--disable-component-update", "--disable-sync")


class Preview:
    """`inv preview` running in a copy of the project, its output collected."""

    def __init__(self, root: Path):
        self.proc = subprocess.Popen(
            [sys.executable, "-m", "invoke", "preview", "--release", EXAMPLE, "--port", "0"],
            cwd=root, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
        self.lines: list[str] = []
        self.url = ""
        started = threading.Event()

        def read():
            for line in self.proc.stdout:
                self.lines.append(line)
                if " at http://" in line and not self.url:
                    self.url = line.split(" at ", 1)[1].split(" ", 1)[0]
                    started.set()
            started.set()

        threading.Thread(target=read, daemon=True).start()
        if not started.wait(180) or not self.url:
            self.proc.kill()
            raise AssertionError("the preview did not start: " + "".join(self.lines)
                                 + self.proc.stderr.read())

    def get(self, path: str) -> tuple[int, bytes]:
        try:
            with urllib.request.urlopen(self.url.rstrip("/") + path, timeout=30) as answer:
                return answer.status, answer.read()
        except urllib.error.HTTPError as refused:
            return refused.code, b""

    def interrupt(self) -> tuple[int, str]:
        self.proc.send_signal(signal.SIGINT)
        code = self.proc.wait(timeout=60)
        return code, self.proc.stderr.read()


@pytest.fixture
def preview(project):
    shutil.copy(ROOT / "tasks.py", project.root / "tasks.py")
    running = Preview(project.root)
    yield running
    if running.proc.poll() is None:
        running.proc.kill()
        running.proc.wait()


@pytest.fixture
def browser(tmp_path):
    webdriver = pytest.importorskip("selenium.webdriver")
    from selenium.webdriver.chrome.options import Options
    from selenium.webdriver.chrome.service import Service

    chromium, driver = shutil.which("chromium"), shutil.which("chromedriver")
    if not (chromium and driver):
        pytest.skip("chromium and chromium-driver are not installed (.ci/setup-debian)")
    options = Options()
    options.binary_location = chromium
    for flag in CHROMIUM_FLAGS:
        options.add_argument(flag)
    options.add_argument(f"--user-data-dir={tmp_path / 'chromium-profile'}")
    session = webdriver.Chrome(service=Service(driver), options=options)
    yield session
    session.quit()


def rendition_text(browser) -> str:
    from selenium.common.exceptions import StaleElementReferenceException, WebDriverException
    from selenium.webdriver.common.by import By

    browser.switch_to.default_content()
    browser.switch_to.frame(browser.find_element(By.ID, "rendition"))
    try:
        return browser.find_element(By.TAG_NAME, "body").text
    except WebDriverException as error:
        # The page reloads itself on save: a body found just before the reload is gone
        # when its text is read. Chromium says so in its own words; it is a stale element.
        if "does not belong to the document" in str(error):
            raise StaleElementReferenceException(str(error)) from error
        raise
    finally:
        browser.switch_to.default_content()


def pdf_href(browser) -> str:
    from selenium.webdriver.common.by import By

    return browser.find_element(By.ID, "pdf").get_attribute("href")


def wait_until(browser, condition, seconds=90):
    from selenium.common.exceptions import NoSuchElementException, StaleElementReferenceException
    from selenium.webdriver.support.ui import WebDriverWait

    return WebDriverWait(browser, seconds, poll_frequency=0.1, ignored_exceptions=(
        NoSuchElementException, StaleElementReferenceException)).until(condition)


def test_a_saved_headline_shows_in_the_page_with_a_new_pdf(project, preview, browser):
    browser.get(preview.url)
    wait_until(browser, lambda b: skeleton(OLD) in skeleton(rendition_text(b)))
    first_pdf = pdf_href(browser)
    assert browser.find_elements("id", "diagnostics")
    assert not browser.find_elements("css selector", ".diag.error")

    project.edit(OLD, NEW)
    wait_until(browser, lambda b: skeleton(NEW) in skeleton(rendition_text(b))
               and pdf_href(b) != first_pdf)
    status, pdf = preview.get(urllib.request.urlparse(pdf_href(browser)).path)
    assert status == 200 and skeleton(NEW) in skeleton(pdf_text(pdf))

    # An error: the diagnostics show beside the rendition, the PDF is said to be old.
    project.edit("date: 2024-11-07", "date: 2024-02-30")
    wait_until(browser, lambda b: b.find_elements("css selector", ".diag.error"))
    assert "out of date" in browser.page_source
    assert "2024-02-30" in browser.find_element("id", "diagnostics").text

    code, err = preview.interrupt()
    assert code == 0 and "Traceback" not in err, err
    assert "Preview stopped." in "".join(preview.lines)


def test_the_preview_serves_only_the_release_files_on_loopback(preview):
    assert preview.url.startswith("http://127.0.0.1:")
    assert preview.get("/assets/communique/style.css")[0] == 200
    for outside in ("/assets/../pyproject.toml", "/assets/%2e%2e/%2e%2e/pyproject.toml",
                    "/assets/../releases/" + EXAMPLE + "/release.md", "/assets/" + os.sep):
        assert preview.get(outside)[0] == 404, outside
    code, err = preview.interrupt()
    assert code == 0 and "Traceback" not in err, err
