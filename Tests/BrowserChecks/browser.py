"""The headless browser the page checks share: Debian's Chromium and chromedriver through selenium,
JavaScript off, and a `check` that prints one line per check and stops at the first failure."""
import sys
from selenium import webdriver
from selenium.webdriver.chrome.options import Options
from selenium.webdriver.chrome.service import Service


def start(width=1200, height=1400):
    opts = Options()
    for a in ("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage", "--window-size=%d,%d" % (width, height)):
        opts.add_argument(a)
    opts.add_experimental_option("prefs", {"profile.managed_default_content_settings.javascript": 2})  # no JavaScript
    opts.binary_location = "/usr/bin/chromium"
    return webdriver.Chrome(service=Service("/usr/bin/chromedriver"), options=opts)


def checker(driver):
    def check(cond, what):
        print(("ok   " if cond else "FAIL ") + what)
        if not cond:
            driver.quit()
            sys.exit(1)
    return check
