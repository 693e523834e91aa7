#!/usr/bin/env python3
"""Drives Brevet's catalog, design advisor and a pathway credential's page in headless Chromium
(Debian's chromium + chromium-driver, via selenium), with JavaScript off.

usage: awarding_pages.py BASE_URL CATALOG_URL CERTIFICATION_URL OUT_DIR
Saves screenshots to OUT_DIR and prints one line per check; exits 1 on the first failure.
"""
import os, sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import browser
from selenium.webdriver.common.by import By

base, catalog_url, certification_url, out = sys.argv[1:5]
driver = browser.start(1400, 1600)
check = browser.checker(driver)

try:
    # The catalog: achievements side by side, facts as row headers.
    driver.get(catalog_url)
    driver.save_screenshot(os.path.join(out, "catalog.png"))
    columns = [th.text for th in driver.find_elements(By.CSS_SELECTOR, "table.compare thead th[scope=col]")][1:]
    check(len(columns) == 4, "the catalog compares four achievements: %r" % columns)
    check(any("Specialist" in c for c in columns), "the certification is one of the columns")
    rows = [th.text for th in driver.find_elements(By.CSS_SELECTOR, "table.compare tbody th[scope=row]")]
    for fact in ("Kind", "Level", "Study hours", "Credits", "Assessment", "Price", "Valid for", "Renewal", "Skills"):
        check(fact in rows, "the catalog has a row for %s" % fact)
    body = driver.find_element(By.TAG_NAME, "main").text
    check("Micro-credential" in body and "Certification" in body, "kinds are written out")
    check("Paid by the employer" in body and "Fee" in body, "price and who pays are shown")

    # The design advisor: a plain GET form, answered without JavaScript.
    driver.get(base + "/advise")
    check(driver.find_element(By.CSS_SELECTOR, "label[for=outcome]").text.startswith("1."), "question 1 labels the outcome field")
    driver.find_element(By.ID, "outcome").send_keys("keeps a production platform available")
    for radio in ("scope-role", "evidence-workSample", "change-moderate", "shape-expandablePathway"):
        driver.find_element(By.ID, radio).click()
    driver.find_element(By.CSS_SELECTOR, "button[type=submit]").click()
    driver.save_screenshot(os.path.join(out, "advisor.png"))
    heading = driver.find_element(By.ID, "recommendation-heading").text
    check(heading.startswith("Recommendation:"), "the advisor recommends: %r" % heading)
    reasons = [li.text for li in driver.find_elements(By.CSS_SELECTOR, "section.verdict li")]
    check(len(reasons) >= 2, "with reasons")
    check(any("keeps a production platform available" in r for r in reasons), "the outcome is quoted as typed: %r" % reasons[:1])
    check(driver.find_element(By.ID, "outcome").get_attribute("value") == "keeps a production platform available", "the answer stays in the form")

    # The certification's page shows its parts, each checked.
    driver.get(certification_url)
    driver.save_screenshot(os.path.join(out, "certification.png"))
    check("Valid" in driver.find_element(By.CSS_SELECTOR, "[role=status]").text, "the certification is valid")
    part_rows = [r.text for r in driver.find_elements(By.CSS_SELECTOR, "tbody tr") if r.text.startswith("Parts")]
    check(len(part_rows) == 3 and all("Passed" in r for r in part_rows), "three parts, each passed: %r" % part_rows)
    facts = driver.find_element(By.CSS_SELECTOR, "dl.facts").text
    check("Achievement version" in facts and "Parts" in facts, "the facts name the version and the parts")
finally:
    driver.quit()
