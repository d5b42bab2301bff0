package org.keuzevrij.checklist;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.keuzevrij.checklist.clauses.Bundled;
import org.keuzevrij.web.Browser;
import org.keuzevrij.web.BrowserWithApp;
import org.keuzevrij.web.Language;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;

@DisplayName("Checklist page in a real browser")
class ChecklistBrowserTest {

  @RegisterExtension static final BrowserWithApp session = new BrowserWithApp();

  @Test
  @DisplayName(
      "legal staff choose a use case and an offering, read the clauses and find the download, in Dutch and English")
  void choosesAndReads() {
    WebDriver driver = session.browser().driver();
    driver.get(session.app().url("/checklists?lang=nl"));
    session.browser().assertAccessible();
    new Select(driver.findElement(By.id("checklist-usecase"))).selectByValue("residents-chatbot");
    new Select(driver.findElement(By.id("checklist-offering"))).selectByValue("openai-api-global");
    Browser.clickToNextPage(
        driver, driver.findElement(By.cssSelector("form.checklist-form button[type='submit']")));
    assertTrue(
        driver
            .getCurrentUrl()
            .endsWith("/checklists?usecase=residents-chatbot&offering=openai-api-global"),
        driver.getCurrentUrl());

    Checklist expected = Bundled.checklist("residents-chatbot", "openai-api-global", Language.NL);
    List<WebElement> rows =
        driver.findElements(By.cssSelector("#clauses-heading ~ .table-scroll tbody tr"));
    assertEquals(expected.rows().size(), rows.size());
    assertEquals(expected.rows().get(0).id(), rows.get(0).findElement(By.tagName("th")).getText());
    String why =
        driver
            .findElement(By.id("clause-PRIV-05"))
            .findElement(By.className("checklist__why"))
            .getText();
    assertTrue(why.contains("Leverancier onder niet-EU-recht: ja"), why);
    WebElement download = driver.findElement(By.cssSelector("a.button[download]"));
    assertTrue(
        download
            .getAttribute("href")
            .endsWith(
                "/api/v1/checklists.xlsx?usecase=residents-chatbot&offering=openai-api-global&lang=nl"));
    session.browser().assertAccessible();
    session.browser().screenshot("checklist");

    Browser.clickToNextPage(driver, driver.findElement(By.cssSelector("a.language-switch")));
    assertEquals("en", driver.findElement(By.tagName("html")).getAttribute("lang"));
    assertEquals("Contract clause checklist", driver.findElement(By.tagName("h1")).getText());
    assertTrue(
        driver
            .findElement(By.cssSelector("a.button[download]"))
            .getAttribute("href")
            .endsWith("&lang=en"));
    session.browser().assertAccessible();
  }

  @Test
  @DisplayName("submitting without an offering shows an accessible error that leads to the field")
  void missingChoice() {
    WebDriver driver = session.browser().driver();
    driver.get(session.app().url("/checklists?lang=nl"));
    new Select(driver.findElement(By.id("checklist-usecase")))
        .selectByValue("reading-old-archives");
    Browser.clickToNextPage(
        driver, driver.findElement(By.cssSelector("form.checklist-form button[type='submit']")));
    WebElement summary = driver.findElement(By.className("error-summary"));
    assertEquals("Kies een aanbod.", summary.findElement(By.tagName("a")).getText());
    assertFalse(
        driver.findElements(By.cssSelector("#checklist-offering[aria-invalid='true']")).isEmpty());
    session.browser().assertAccessible();
  }
}
