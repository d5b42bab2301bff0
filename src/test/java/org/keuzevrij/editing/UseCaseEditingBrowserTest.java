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
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;

@DisplayName(
    "A use case in a real browser: an editor describes it in the form, and it starts a comparison")
class UseCaseEditingBrowserTest {

  private static final String ID = "quay-wall-camera-objects";

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

  private static void type(WebDriver driver, String id, String text) {
    WebElement input = driver.findElement(By.id(id));
    input.clear();
    input.sendKeys(text);
  }

  private static void choose(WebDriver driver, String id, String value) {
    new Select(driver.findElement(By.id(id))).selectByValue(value);
  }

  private static void tick(WebDriver driver, String name, String value) {
    driver
        .findElement(
            By.cssSelector("input[type='checkbox'][name='" + name + "'][value='" + value + "']"))
        .click();
  }

  @Test
  @DisplayName(
      "an editor creates a use case for object detection, saves it, sees its needs and compares options for it")
  void createsAUseCaseAndComparesOptions() throws Exception {
    WebDriver driver = browser.driver();
    driver.get(app.url("/?lang=en"));
    Browser.clickToNextPage(driver, driver.findElement(By.linkText("Log in")));
    driver.findElement(By.id("username")).sendKeys("editor");
    driver.findElement(By.id("password")).sendKeys(EditableApp.PASSWORD);
    Browser.clickToNextPage(
        driver, driver.findElement(By.cssSelector("form[action='/login'] button[type='submit']")));

    Browser.clickToNextPage(driver, driver.findElement(By.linkText("Add a use case")));
    assertTrue(driver.getCurrentUrl().endsWith("/edit/usecases"), driver.getCurrentUrl());
    assertEquals("Add a use case", driver.findElement(By.tagName("h1")).getText());
    browser.assertAccessible();
    browser.screenshot("usecase-new");

    type(driver, "f-id", ID);
    type(driver, "f-name-nl", "Zware objecten op kademuren herkennen");
    type(driver, "f-name-en", "Recognise heavy objects on quay walls");
    type(driver, "f-description-nl", "Camerabeelden van kademuren doorzoeken op zware objecten.");
    type(driver, "f-description-en", "Search camera images of quay walls for heavy objects.");
    for (String answer :
        List.of(
            "decisionsAboutPersons",
            "personalData",
            "specialCategoryData",
            "publicFacing",
            "generative")) {
      choose(driver, "f-" + answer, "false");
    }
    choose(driver, "f-businessCritical", "true");
    choose(driver, "f-fineTuning", "unknown");
    choose(driver, "f-task", "object-detection");
    tick(driver, "/inputModalities", "image");
    tick(driver, "/outputModalities", "bounding-boxes");
    driver.findElement(By.id("f-languages-none")).click();
    choose(driver, "f-instructionFollowing", "false");
    type(driver, "f-gpuMemoryLimitGb", "24");
    choose(driver, "f-riskClass-value", "minimal");
    type(driver, "f-riskClass-rationale-nl", "Beelden van objecten, niet van personen.");
    type(driver, "f-riskClass-rationale-en", "Images of objects, not of persons.");
    choose(driver, "f-volume-unit", "images");
    type(driver, "f-volume-low", "20000");
    type(driver, "f-volume-high", "50000");
    type(driver, "f-needsRationale-en", "Cameras along the quay walls take still images.");
    type(driver, "f-needsRationale-nl", "Camera's langs de kademuren maken foto's.");

    Browser.clickToNextPage(driver, driver.findElement(By.cssSelector("button[value='preview']")));
    WebElement preview = driver.findElement(By.cssSelector("section.preview"));
    assertTrue(preview.getText().contains("object detection in images"), preview.getText());
    assertFalse(Files.exists(file()), "the preview saved nothing");
    browser.assertAccessible();
    browser.screenshot("usecase-preview");
    Browser.clickToNextPage(driver, preview.findElement(By.cssSelector("button[value='save']")));

    assertTrue(driver.getCurrentUrl().endsWith("/usecases/" + ID), driver.getCurrentUrl());
    assertEquals(
        "It has been added to the catalogue.",
        driver.findElement(By.cssSelector(".flash")).getText());
    String needs =
        driver.findElement(By.cssSelector("section[aria-labelledby='needs-heading']")).getText();
    for (String shown :
        List.of(
            "object detection in images",
            "image",
            "bounding boxes",
            "none",
            "20,000 to 50,000 images per month",
            "24 GB",
            "Cameras along the quay walls take still images.")) {
      assertTrue(needs.contains(shown), shown + " in " + needs);
    }
    JsonNode saved = CanonicalJson.read(Files.readAllBytes(file()));
    assertEquals("object-detection", saved.path("task").asText());
    assertEquals("[\"image\"]", saved.path("inputModalities").toString());
    assertEquals("[\"bounding-boxes\"]", saved.path("outputModalities").toString());
    assertEquals("[]", saved.path("languages").toString());
    assertEquals(24, saved.path("gpuMemoryLimitGb").intValue());
    assertFalse(driver.findElements(By.linkText("Edit")).isEmpty(), "editors can edit it again");
    browser.assertAccessible();
    browser.screenshot("usecase-page");

    Browser.clickToNextPage(
        driver, driver.findElement(By.linkText("Compare options for this use case")));
    assertTrue(driver.getCurrentUrl().contains("/compare?usecase=" + ID), driver.getCurrentUrl());
    assertEquals(
        ID,
        new Select(driver.findElement(By.id("compare-usecase")))
            .getFirstSelectedOption()
            .getAttribute("value"));
    List<WebElement> ranked = driver.findElements(By.cssSelector("#ranking tbody tr"));
    assertFalse(ranked.isEmpty(), "the comparison ranks options");
    assertEquals("1", ranked.get(0).findElement(By.cssSelector(".ranking__rank")).getText());
    browser.assertAccessible();
    browser.screenshot("usecase-compare");
  }

  private static Path file() {
    return app.catalogue().resolve("usecases/" + ID + ".json");
  }
}
