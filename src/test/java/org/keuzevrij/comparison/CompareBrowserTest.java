package org.keuzevrij.comparison;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.keuzevrij.catalogue.Entity;
import org.keuzevrij.catalogue.Kind;
import org.keuzevrij.scoring.Evaluator;
import org.keuzevrij.scoring.OptionResult;
import org.keuzevrij.scoring.Profile;
import org.keuzevrij.scoring.UseCase;
import org.keuzevrij.web.Browser;
import org.keuzevrij.web.BrowserWithApp;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;

@DisplayName("Compare page in a real browser")
class CompareBrowserTest {

  private static final List<String> SHORTLIST =
      List.of(
          "self-hosted-vllm-olmo",
          "self-hosted-vllm-granite",
          "scaleway-generative-apis",
          "azure-openai-global");

  @RegisterExtension static final BrowserWithApp session = new BrowserWithApp();

  /**
   * The ranking the engine gives for the shortlist with one weight changed: what the page must
   * show.
   */
  private static List<String> expectedOrder(Map<String, Double> weights) {
    var catalogue = session.app().snapshot().catalogue();
    Profile profile =
        Profile.of(catalogue.find(Kind.PROFILE, "amsterdam-ai-vision-2024").orElseThrow());
    Entity chatbot = catalogue.find(Kind.USECASE, "residents-chatbot").orElseThrow();
    return Evaluator.evaluate(
            session.app().snapshot(),
            new UseCase(chatbot.id(), chatbot.json()),
            profile,
            profile.weights().with(weights),
            SHORTLIST,
            Instant.EPOCH)
        .ranked()
        .stream()
        .map(OptionResult::id)
        .toList();
  }

  private static List<String> shownOrder(WebDriver driver) {
    return driver.findElements(By.cssSelector("#ranking tbody tr")).stream()
        .map(row -> row.getAttribute("data-id"))
        .toList();
  }

  @Test
  @DisplayName(
      "an officer builds a shortlist, compares, raises the climate weight and sees the ranking change")
  void changeWeightChangesRanking() {
    WebDriver driver = session.browser().driver();
    driver.get(session.app().url("/"));
    driver.manage().deleteAllCookies();
    Browser.clickToNextPage(
        driver, driver.findElement(By.cssSelector(".site-header__nav a[href='/compare']")));
    assertEquals("Opties vergelijken", driver.findElement(By.tagName("h1")).getText());
    session.browser().assertAccessible();

    new Select(driver.findElement(By.id("compare-usecase"))).selectByValue("residents-chatbot");
    for (String id : SHORTLIST) {
      driver.findElement(By.cssSelector("label[for='offering-" + id + "']")).click();
    }
    Browser.clickToNextPage(
        driver, driver.findElement(By.cssSelector(".compare-form__actions button[type='submit']")));
    List<String> before = shownOrder(driver);
    assertEquals(expectedOrder(Map.of()), before);
    assertTrue(
        driver.findElement(By.id("excluded-heading")).isDisplayed(),
        "Azure is knocked out for personal data");
    session.browser().assertAccessible();
    session.browser().screenshot("compare");

    WebElement climate = driver.findElement(By.id("weight-climate"));
    climate.clear();
    climate.sendKeys("100");
    List<String> expected = expectedOrder(Map.of("climate", 100.0));
    assertNotEquals(before, expected, "the test needs a weight that changes the ranking");
    assertEquals(expected, shownOrder(driver), "the script re-ranks while the weight is typed");
    assertEquals(
        driver.findElement(By.id("ranking")).getAttribute("data-live"),
        driver.findElement(By.id("ranking-live")).getText().isEmpty()
            ? driver.findElement(By.id("ranking-live")).getAttribute("textContent")
            : driver.findElement(By.id("ranking-live")).getText());

    Browser.clickToNextPage(
        driver, driver.findElement(By.cssSelector(".compare-form__actions button[type='submit']")));
    assertTrue(driver.getCurrentUrl().contains("w.climate=100"), driver.getCurrentUrl());
    assertEquals(
        expected,
        shownOrder(driver),
        "the plain form submit gives the same ranking from the server");
    assertTrue(
        driver
            .findElement(By.cssSelector(".compare-result .summary"))
            .getText()
            .contains("Klimaat 100"));
    session.browser().assertAccessible();
  }

  @Test
  @DisplayName("a shared link reopens the same comparison, and the language switch keeps it")
  void sharedLinkReopens() {
    WebDriver driver = session.browser().driver();
    String query =
        "usecase=residents-chatbot&offering="
            + String.join("&offering=", SHORTLIST)
            + "&w.climate=100";
    driver.get(session.app().url("/compare?" + query));
    assertEquals(expectedOrder(Map.of("climate", 100.0)), shownOrder(driver));
    Browser.clickToNextPage(driver, driver.findElement(By.cssSelector("a.language-switch")));
    assertEquals("Compare options", driver.findElement(By.tagName("h1")).getText());
    assertEquals(expectedOrder(Map.of("climate", 100.0)), shownOrder(driver));
    assertTrue(
        driver
            .findElement(By.cssSelector(".compare-result"))
            .getText()
            .contains("Share of wins under random weights"));
    session.browser().assertAccessible();
  }

  @Test
  @DisplayName(
      "an officer opens the cost model, halves the contract term and sets a value per quality"
          + " point: every cost halves and the options are ranked on comparison price")
  void changeCostParameters() {
    WebDriver driver = session.browser().driver();
    String query = "usecase=residents-chatbot&offering=" + String.join("&offering=", SHORTLIST);
    driver.get(session.app().url("/compare?" + query));
    WebElement olmo = driver.findElement(By.cssSelector("#costs tbody tr"));
    String before = olmo.findElement(By.cssSelector(".costs__total")).getText();
    assertTrue(before.startsWith("EUR "), before);
    WebElement details = driver.findElement(By.cssSelector(".compare-form__costs-details"));
    assertEquals(null, details.getAttribute("open"), "folded until changed");
    details.findElement(By.tagName("summary")).click();
    session.browser().assertAccessible();
    WebElement term = driver.findElement(By.id("cost-termMonths"));
    assertEquals("48", term.getAttribute("value"));
    term.clear();
    term.sendKeys("24");
    WebElement value = driver.findElement(By.id("cost-euroPerPoint"));
    value.clear();
    value.sendKeys("1000");
    new Select(driver.findElement(By.id("cost-method"))).selectByValue("fictitious-discount");
    Browser.clickToNextPage(
        driver, driver.findElement(By.cssSelector(".compare-form__actions button[type='submit']")));
    assertTrue(driver.getCurrentUrl().contains("c.termMonths=24"), driver.getCurrentUrl());
    String after = driver.findElement(By.cssSelector("#costs tbody tr .costs__total")).getText();
    assertEquals(
        Long.parseLong(before.replaceAll("[^0-9]", "")) / 2,
        Long.parseLong(after.replaceAll("[^0-9]", "")),
        1,
        before + " -> " + after);
    assertTrue(
        driver.findElement(By.id("costs")).getText().contains("Vergelijkingsprijs"),
        "the comparison price column appears");
    assertEquals(
        "true",
        driver.findElement(By.cssSelector(".compare-form__costs-details")).getAttribute("open"),
        "open once changed");
    session.browser().assertAccessible();
  }
}
