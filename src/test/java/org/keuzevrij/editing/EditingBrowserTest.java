package org.keuzevrij.editing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.keuzevrij.catalogue.CanonicalJson;
import org.keuzevrij.web.Browser;
import org.keuzevrij.web.EditableApp;
import org.keuzevrij.web.RunningApp;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;

@DisplayName(
    "Editing in a real browser: login, edit, preview, save, history; visitors see no edit controls")
class EditingBrowserTest {

  private static final String OFFERING = "scaleway-generative-apis";

  private static EditableApp app;
  private static Browser browser;

  @BeforeAll
  static void start(@TempDir Path work) {
    if (Browser.missing().isEmpty()) {
      browser = Browser.start();
      app =
          EditableApp.start(
              RunningApp.BUNDLED, work, EditableApp.Users.create(work.resolve("users")));
    }
  }

  @BeforeEach
  void requireBrowser() {
    Browser.assumeAvailable();
    // Cookies are per site: go there first, so the session of the previous test really ends.
    browser.driver().get(app.url("/"));
    browser.driver().manage().deleteAllCookies();
  }

  @AfterAll
  static void stop() {
    if (browser != null) {
      browser.close();
    }
    if (app != null) {
      app.close();
    }
  }

  private static void logIn(WebDriver driver, String user) {
    driver.findElement(By.id("username")).sendKeys(user);
    driver.findElement(By.id("password")).sendKeys(EditableApp.PASSWORD);
    Browser.clickToNextPage(
        driver, driver.findElement(By.cssSelector("form[action='/login'] button[type='submit']")));
  }

  @Test
  @DisplayName(
      "an editor changes an offering's processing location, previews, saves, and sees the value and its history")
  void editorChangesProcessingLocation() throws Exception {
    WebDriver driver = browser.driver();
    driver.get(app.url("/offerings/" + OFFERING + "?lang=nl"));
    Browser.clickToNextPage(driver, driver.findElement(By.linkText("Inloggen")));
    assertEquals("Inloggen", driver.findElement(By.tagName("h1")).getText());
    browser.assertAccessible();
    browser.screenshot("login");
    logIn(driver, "editor");
    assertTrue(
        driver.getCurrentUrl().endsWith("/offerings/" + OFFERING + "?lang=nl"),
        () -> "back on the page the editor came from: " + driver.getCurrentUrl());

    Browser.clickToNextPage(driver, driver.findElement(By.linkText("Bewerken")));
    assertTrue(
        driver.getCurrentUrl().endsWith("/edit/offerings/" + OFFERING), driver.getCurrentUrl());
    browser.assertAccessible();
    browser.screenshot("edit");
    WebElement locations = driver.findElement(By.id("f-processingLocations-value"));
    assertEquals("FR", locations.getAttribute("value"));
    locations.clear();
    locations.sendKeys("FR, US");
    Browser.clickToNextPage(driver, driver.findElement(By.cssSelector("button[value='preview']")));

    WebElement preview = driver.findElement(By.cssSelector("section.preview"));
    assertTrue(preview.getText().contains("Locaties van verwerking"), preview.getText());
    assertTrue(preview.getText().contains("Frankrijk, Verenigde Staten"), preview.getText());
    assertTrue(preview.getText().contains("Er is nog niets opgeslagen"), preview.getText());
    assertEquals(
        "[\"FR\"]",
        onDisk().at("/processingLocations/value").toString(),
        "the preview saved nothing");
    browser.assertAccessible();
    browser.screenshot("edit-preview");
    Browser.clickToNextPage(driver, preview.findElement(By.cssSelector("button[value='save']")));

    assertTrue(driver.getCurrentUrl().endsWith("/offerings/" + OFFERING), driver.getCurrentUrl());
    assertEquals(
        "De wijziging is opgeslagen.", driver.findElement(By.cssSelector(".flash")).getText());
    WebElement row =
        driver.findElement(By.xpath("//table[@class='facts']//tr[th='Locaties van verwerking']"));
    assertTrue(row.getText().contains("Frankrijk, Verenigde Staten"), row.getText());
    WebElement latest = driver.findElement(By.cssSelector(".history__entry"));
    assertTrue(latest.getText().contains("editor"), latest.getText());
    assertTrue(latest.getText().contains("gewijzigd"), latest.getText());
    assertTrue(latest.getText().contains("Verenigde Staten"), latest.getText());
    assertEquals("[\"FR\",\"US\"]", onDisk().at("/processingLocations/value").toString());
    browser.assertAccessible();
    browser.screenshot("history");
  }

  @Test
  @DisplayName(
      "a visitor and a viewer see no edit controls; validation errors show next to the field")
  void visitorsSeeNoEditControls() {
    WebDriver driver = browser.driver();
    for (String path :
        List.of(
            "/offerings/" + OFFERING,
            "/models/olmo",
            "/suppliers/mistral-ai",
            "/?kind=offerings")) {
      driver.get(app.url(path + (path.contains("?") ? "&" : "?") + "lang=nl"));
      assertTrue(
          driver.findElements(By.cssSelector("a[href^='/edit/'], form[method='post']")).isEmpty(),
          path);
    }
    driver.get(app.url("/login"));
    logIn(driver, "viewer");
    driver.get(app.url("/offerings/" + OFFERING));
    assertTrue(
        driver.findElements(By.cssSelector("a[href^='/edit/']")).isEmpty(),
        "a viewer sees no edit link");
    assertFalse(
        driver.findElements(By.cssSelector("form[action='/logout']")).isEmpty(), "but can log out");
  }

  @Test
  @DisplayName(
      "an invalid value is shown with its message next to the field, in Dutch; the admin page passes axe")
  void validationAndAdmin() {
    WebDriver driver = browser.driver();
    driver.get(app.url("/login?lang=nl"));
    logIn(driver, "admin");
    driver.get(app.url("/edit/offerings/" + OFFERING));
    WebElement country = driver.findElement(By.id("f-processingLocations-value"));
    country.clear();
    country.sendKeys("Atlantis");
    Browser.clickToNextPage(driver, driver.findElement(By.cssSelector("button[value='preview']")));
    WebElement error = driver.findElement(By.id("f-processingLocations-value-error"));
    assertTrue(error.getText().contains("Gebruik landcodes van twee letters"), error.getText());
    assertEquals(
        "true",
        driver.findElement(By.id("f-processingLocations-value")).getAttribute("aria-invalid"));
    driver
        .findElement(By.cssSelector(".error-summary a[href='#f-processingLocations-value']"))
        .click();
    browser.assertAccessible();
    browser.screenshot("edit-errors");
    driver.get(app.url("/admin"));
    assertEquals("Beheer", driver.findElement(By.tagName("h1")).getText());
    browser.assertAccessible();
    browser.screenshot("admin");
  }

  @Test
  @DisplayName(
      "an editor fills a price line into the table's empty line, previews and saves it; the edit"
          + " page with its price table and the page's price list pass axe")
  void editorAddsAPriceLine() throws Exception {
    WebDriver driver = browser.driver();
    driver.get(app.url("/login?lang=nl"));
    logIn(driver, "editor");
    // The offering has price lines already; the first empty line comes after them.
    int lines = onDisk().path("prices").size();
    String next = "f-prices-" + lines + "-";
    driver.get(app.url("/edit/offerings/" + OFFERING));
    WebElement table = driver.findElement(By.cssSelector("table.edit-table"));
    browser.assertAccessible();
    new Select(driver.findElement(By.id(next + "unit"))).selectByValue("million-input-tokens");
    driver.findElement(By.id(next + "amount")).sendKeys("0,15");
    new Select(driver.findElement(By.id(next + "currency"))).selectByValue("EUR");
    new Select(driver.findElement(By.id(next + "vatIncluded"))).selectByValue("false");
    driver.findElement(By.id(next + "source")).sendKeys("https://example.org/pricing");
    ((JavascriptExecutor) driver)
        .executeScript(
            "arguments[0].value = '2026-12-03';", driver.findElement(By.id(next + "checked")));
    WebElement model = table.findElement(By.id(next + "models-0"));
    String modelId = model.getAttribute("value");
    ((JavascriptExecutor) driver).executeScript("arguments[0].click();", model);
    browser.screenshot("edit-prices");
    Browser.clickToNextPage(driver, driver.findElement(By.cssSelector("button[value='preview']")));

    WebElement preview = driver.findElement(By.cssSelector("section.preview"));
    assertTrue(preview.getText().contains("Prijzen – regel toegevoegd"), preview.getText());
    assertEquals(lines, onDisk().path("prices").size(), "the preview saved nothing");
    assertEquals("0,15", driver.findElement(By.id(next + "amount")).getAttribute("value"));
    browser.assertAccessible();
    Browser.clickToNextPage(driver, preview.findElement(By.cssSelector("button[value='save']")));

    assertTrue(driver.getCurrentUrl().endsWith("/offerings/" + OFFERING), driver.getCurrentUrl());
    WebElement prices = driver.findElement(By.cssSelector("table.prices"));
    assertTrue(prices.getText().contains("per miljoen invoertokens"), prices.getText());
    assertTrue(prices.getText().contains("0,15"), prices.getText());
    assertEquals(lines + 1, onDisk().path("prices").size());
    JsonNode line = onDisk().at("/prices/" + lines);
    assertEquals(0.15, line.path("amount").doubleValue());
    assertEquals("EUR", line.path("currency").asText());
    assertEquals(modelId, line.at("/models/0").asText());
    assertEquals(false, line.path("vatIncluded").booleanValue());
    browser.assertAccessible();
    browser.screenshot("prices");
  }

  @Test
  @DisplayName("a form whose CSRF token was removed is refused with 403")
  void formWithoutCsrfTokenIsRefused() throws Exception {
    WebDriver driver = browser.driver();
    driver.get(app.url("/login?lang=nl"));
    logIn(driver, "editor");
    driver.get(app.url("/edit/offerings/" + OFFERING));
    JsonNode before = onDisk();
    ((JavascriptExecutor) driver)
        .executeScript("document.querySelector('#edit-form input[name=csrf]').remove();");
    Browser.clickToNextPage(driver, driver.findElement(By.cssSelector("button[value='preview']")));
    assertEquals("Geen toegang", driver.findElement(By.tagName("h1")).getText());
    assertTrue(
        driver.findElement(By.tagName("main")).getText().contains("Dit formulier is verlopen"));
    assertEquals(before, onDisk());
  }

  private static JsonNode onDisk() throws java.io.IOException {
    return CanonicalJson.read(
        Files.readAllBytes(app.catalogue().resolve("offerings/" + OFFERING + ".json")));
  }
}
