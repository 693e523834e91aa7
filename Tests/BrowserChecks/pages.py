#!/usr/bin/env python3
"""Drives Brevet's pages in real headless Chromium (Debian's chromium + chromium-driver, via selenium).

usage: pages.py BASE_URL CREDENTIAL_FILE CREDENTIAL_URL OUT_DIR
Checks, without JavaScript: the verify form is labelled and accepts pasted JSON; the verdict page
shows the outcome in words; a credential's own page shows its verdict and facts. Saves screenshots
to OUT_DIR and prints one line per check; exits 1 on the first failure.
"""
import os, sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import browser
from selenium.webdriver.common.by import By

base, credential_file, credential_url, out = sys.argv[1:5]
driver = browser.start()
check = browser.checker(driver)

try:
    driver.get(base + "/verify")
    driver.save_screenshot(os.path.join(out, "verify-form.png"))
    label = driver.find_element(By.CSS_SELECTOR, "label[for=credential]")
    check(label.text.strip() == "Credential", "the text area has a visible label")
    check(driver.find_element(By.TAG_NAME, "html").get_attribute("lang") == "en", "the page declares its language")
    check(len(driver.find_elements(By.TAG_NAME, "main")) == 1, "the page has one main landmark")

    # Paste the credential and submit the plain HTML form.
    area = driver.find_element(By.ID, "credential")
    with open(credential_file) as f:
        text = f.read()
    area.send_keys(text)
    driver.find_element(By.CSS_SELECTOR, "button[type=submit]").click()
    driver.save_screenshot(os.path.join(out, "verify-result.png"))
    status = driver.find_element(By.CSS_SELECTOR, "[role=status]").text
    check("Valid" in status, "the verdict page says Valid in words: %r" % status)
    rows = driver.find_elements(By.CSS_SELECTOR, "tbody tr")
    check(len(rows) >= 5, "the verdict lists each check (%d rows)" % len(rows))

    # A credential's own page.
    driver.get(credential_url)
    driver.save_screenshot(os.path.join(out, "credential-page.png"))
    heading = driver.find_element(By.TAG_NAME, "h1").text
    check(heading.startswith("Credential"), "the credential page is titled with the achievement: %r" % heading)
    facts = driver.find_element(By.CSS_SELECTOR, "dl.facts").text
    check("Issued by" in facts and "Awarded to" in facts, "the credential page shows who issued it and to whom")
finally:
    driver.quit()
