package org.keuzevrij.browse;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.keuzevrij.catalogue.Entity;
import org.keuzevrij.catalogue.Kind;
import org.keuzevrij.catalogue.derived.DerivedFacts;
import org.keuzevrij.catalogue.derived.Snapshot;
import org.keuzevrij.web.Browser;
import org.keuzevrij.web.BrowserWithApp;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;

@DisplayName("Catalogue pages in a real browser")
class CatalogueBrowserTest {

  @RegisterExtension static final BrowserWithApp session = new BrowserWithApp();

  @Test
  @DisplayName(
      "a user filters to open-weight models, opens one and follows it to an offering and its supplier")
  void filtersToOpenWeightModelsAndOpensOne() {
    WebDriver driver = session.browser().driver();
    Snapshot snapshot = session.app().snapshot();

    driver.get(session.app().url("/"));
    driver.manage().deleteAllCookies();
    driver.navigate().refresh();
    assertEquals("nl", driver.findElement(By.tagName("html")).getAttribute("lang"));
    session.browser().assertAccessible();
    session.browser().screenshot("overview");

    Browser.clickToNextPage(
        driver, driver.findElement(By.cssSelector("nav.tabs a[href*='kind=models']")));
    driver.findElement(By.cssSelector("label[for='filter-openWeights']")).click();
    Browser.clickToNextPage(
        driver, driver.findElement(By.cssSelector("form.filters button[type='submit']")));
    assertTrue(driver.getCurrentUrl().contains("openWeights=true"), driver.getCurrentUrl());
    assertTrue(driver.findElement(By.id("filter-openWeights")).isSelected());

    Set<String> shown = linkedIds(driver, "table.catalogue tbody th a", "/models/");
    Set<String> openWeight =
        snapshot.catalogue().all(Kind.MODEL).stream()
            .filter(
                model ->
                    "yes"
                        .equals(
                            snapshot
                                .derived()
                                .value(Kind.MODEL, model.id(), DerivedFacts.OPEN_WEIGHTS)))
            .map(Entity::id)
            .collect(Collectors.toCollection(TreeSet::new));
    assertFalse(
        shown.isEmpty(),
        "the catalogue has open-weight models, so the filtered list cannot be empty");
    assertEquals(openWeight, shown, "the filtered list shows exactly the open-weight models");
    assertTrue(
        shown.size() < snapshot.catalogue().size(Kind.MODEL),
        "the filter removed the closed models");
    session.browser().assertAccessible();

    String modelId = shown.contains("olmo") ? "olmo" : shown.iterator().next();
    Entity model = snapshot.catalogue().find(Kind.MODEL, modelId).orElseThrow();
    Browser.clickToNextPage(
        driver,
        driver.findElement(By.cssSelector("table.catalogue a[href='/models/" + modelId + "']")));
    assertEquals(model.name(), driver.findElement(By.tagName("h1")).getText());
    assertModelFactsShown(driver, model, snapshot);
    session.browser().assertAccessible();
    session.browser().screenshot("model");

    WebElement offeringLink =
        driver.findElement(By.cssSelector("ul.related a[href^='/offerings/']"));
    String offeringPath = offeringLink.getAttribute("pathname");
    Browser.clickToNextPage(driver, offeringLink);
    assertTrue(driver.getCurrentUrl().endsWith(offeringPath), driver.getCurrentUrl());
    assertFalse(
        driver.findElements(By.id("derived-eeaOnly")).isEmpty(),
        "an offering page explains EU/EEA locality");
    assertFalse(
        driver.findElements(By.cssSelector(".summary a[href='/models/" + modelId + "']")).isEmpty(),
        "the offering links back to the model");
    session.browser().assertAccessible();
    session.browser().screenshot("offering");

    Browser.clickToNextPage(
        driver, driver.findElement(By.cssSelector(".summary a[href^='/suppliers/']")));
    assertTrue(driver.getCurrentUrl().contains("/suppliers/"), driver.getCurrentUrl());
    assertFalse(
        driver.findElements(By.cssSelector("table.facts")).isEmpty(),
        "a supplier page lists its facts");
    assertFalse(
        driver.findElements(By.cssSelector("ul.related a[href='" + offeringPath + "']")).isEmpty(),
        "the supplier links back to its offering");
    session.browser().assertAccessible();
    session.browser().screenshot("supplier");
  }

  @Test
  @DisplayName("the English switch keeps the page and the filters")
  void switchesToEnglishOnTheSamePage() {
    WebDriver driver = session.browser().driver();
    driver.get(session.app().url("/?kind=models&openWeights=true"));
    Browser.clickToNextPage(driver, driver.findElement(By.cssSelector("a.language-switch")));
    assertEquals("en", driver.findElement(By.tagName("html")).getAttribute("lang"));
    assertTrue(driver.getCurrentUrl().contains("kind=models"), driver.getCurrentUrl());
    assertTrue(driver.findElement(By.id("filter-openWeights")).isSelected());
    assertEquals("Catalogue of AI offerings", driver.findElement(By.tagName("h1")).getText());
    // The cookie remembers the choice: the next page, without ?lang, is English too.
    driver.get(
        session
            .app()
            .url(
                "/models/"
                    + session.app().snapshot().catalogue().all(Kind.MODEL).iterator().next().id()));
    assertEquals("en", driver.findElement(By.tagName("html")).getAttribute("lang"));
    session.browser().assertAccessible();
    Browser.clickToNextPage(driver, driver.findElement(By.cssSelector("a.language-switch")));
    assertEquals("nl", driver.findElement(By.tagName("html")).getAttribute("lang"));
  }

  @Test
  @DisplayName(
      "use case and profile pages are reachable from the overview and pass the accessibility check")
  void useCaseAndProfilePages() {
    WebDriver driver = session.browser().driver();
    for (String section : List.of("usecases", "profiles")) {
      driver.get(session.app().url("/?lang=nl"));
      Browser.clickToNextPage(
          driver, driver.findElement(By.cssSelector("#" + section + "-heading ~ ul a")));
      assertTrue(driver.getCurrentUrl().contains("/" + section + "/"), driver.getCurrentUrl());
      assertEquals(1, driver.findElements(By.tagName("h1")).size());
      session.browser().assertAccessible();
      session.browser().screenshot(section.substring(0, section.length() - 1));
    }
  }

  @Test
  @DisplayName(
      "an architect follows \"research next\" from the menu to the unknown facts that matter most,"
          + " and on to the entity that holds the first, accessibly")
  void researchNext() {
    WebDriver driver = session.browser().driver();
    driver.get(session.app().url("/?lang=en"));
    Browser.clickToNextPage(driver, driver.findElement(By.linkText("Research next")));
    assertTrue(driver.getCurrentUrl().endsWith("/research"), driver.getCurrentUrl());
    session.browser().assertAccessible();
    WebElement first = driver.findElement(By.cssSelector("table.research tbody tr"));
    assertTrue(
        first.getText().contains("could lift the knock-out")
            || first.getText().contains("could make"),
        first.getText());
    Browser.clickToNextPage(driver, first.findElement(By.cssSelector("th a")));
    assertEquals(1, driver.findElements(By.tagName("h1")).size());
  }

  @Test
  @DisplayName("the accessibility check itself fails on a page with a critical violation")
  void accessibilityCheckCanFail() {
    session
        .browser()
        .driver()
        .get(
            "data:text/html,<!DOCTYPE html><html lang='en'><title>t</title><main><h1>h</h1>"
                + "<img src='x.png'></main></html>");
    AssertionError error = assertThrows(AssertionError.class, session.browser()::assertAccessible);
    assertTrue(error.getMessage().contains("image-alt (critical)"), error.getMessage());
  }

  /**
   * The model's recorded facts with their source links, and its derived MOF class with the reasons.
   */
  private static void assertModelFactsShown(WebDriver driver, Entity model, Snapshot snapshot) {
    WebElement developerRow =
        driver.findElement(By.xpath("//table[@class='facts']//tr[th='Ontwikkelaar']"));
    assertTrue(
        developerRow.getText().contains(model.value("developer").asText()), developerRow.getText());
    WebElement source = developerRow.findElement(By.cssSelector("a.source"));
    assertEquals(
        model.json().path("developer").path("source").asText(), source.getAttribute("href"));
    assertEquals("noopener", source.getAttribute("rel"));
    assertEquals(
        model.json().path("developer").path("checked").asText(),
        developerRow.findElement(By.tagName("time")).getAttribute("datetime"));

    String mofClass = snapshot.derived().value(Kind.MODEL, model.id(), DerivedFacts.MOF_CLASS);
    WebElement mof = driver.findElement(By.id("derived-mofClass")).findElement(By.xpath(".."));
    String shownClass = mof.findElement(By.cssSelector(".derived__value")).getText();
    String expected =
        mofClass.startsWith("Class ")
            ? "Klasse " + mofClass.substring(6)
            : "unknown".equals(mofClass) ? "onbekend" : "Geen klasse";
    assertEquals(expected, shownClass);
    List<WebElement> reasons = mof.findElements(By.cssSelector(".reasons li"));
    assertEquals(
        snapshot.derived().get(Kind.MODEL, model.id()).get(DerivedFacts.MOF_CLASS).reasons().size(),
        reasons.size(),
        "every reason for the MOF class is shown");
  }

  private static Set<String> linkedIds(WebDriver driver, String selector, String prefix) {
    Set<String> ids = new TreeSet<>();
    for (WebElement link : driver.findElements(By.cssSelector(selector))) {
      String href = link.getAttribute("href");
      ids.add(href.substring(href.indexOf(prefix) + prefix.length()));
    }
    return ids;
  }
}
