package org.keuzevrij.web;

import static org.junit.jupiter.api.Assertions.fail;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebDriverException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Headless Chromium for page tests, with an axe-core accessibility check. It drives Debian's {@code
 * chromium} and {@code chromedriver} by explicit path, so Selenium Manager never downloads
 * anything. Without them, or without axe-core, tests are skipped on a developer's machine but fail
 * when {@code CI=true}: CI must never pass with the browser tests silently skipped.
 */
public final class Browser implements AutoCloseable {

  public static final Path CHROMIUM = Path.of("/usr/bin/chromium");
  public static final Path CHROMEDRIVER = Path.of("/usr/bin/chromedriver");
  public static final Path AXE_FALLBACK = Path.of(".ci/node/node_modules/axe-core/axe.min.js");
  public static final Path SCREENSHOTS = Path.of("target/screenshots");

  /** The impacts that fail a page; minor and moderate findings are printed but do not fail. */
  private static final Set<String> FAILING_IMPACTS = Set.of("serious", "critical");

  private static final int WIDTH = 1280;
  private static final int HEIGHT = 900;

  private final ChromeDriverService service;
  private final ChromeDriver driver;
  private final Path profile;
  private final String axe;

  private Browser(ChromeDriverService service, ChromeDriver driver, Path profile, String axe) {
    this.service = service;
    this.driver = driver;
    this.profile = profile;
    this.axe = axe;
  }

  /**
   * Clicks something that loads another page and waits until it has: the old page's body goes
   * stale. On a busy machine reading the address straight after the click can still see the old
   * page.
   */
  public static void clickToNextPage(WebDriver driver, WebElement target) {
    WebElement body = driver.findElement(By.tagName("body"));
    target.click();
    new WebDriverWait(driver, Duration.ofSeconds(30)).until(d -> left(body));
  }

  /** Whether the element belongs to a page the browser has left. */
  private static boolean left(WebElement element) {
    try {
      element.isEnabled();
      return false;
    } catch (StaleElementReferenceException e) {
      return true;
    } catch (WebDriverException e) {
      // Chromium can answer for a node of the page it is leaving that the node does not belong to
      // the document, rather than that it is stale.
      if (String.valueOf(e.getMessage()).contains("does not belong to the document")) {
        return true;
      }
      throw e;
    }
  }

  /** Why browser tests cannot run here, or empty when they can. */
  public static Optional<String> missing() {
    if (!Files.isExecutable(CHROMIUM) || !Files.isExecutable(CHROMEDRIVER)) {
      return Optional.of(
          "Browser tests need "
              + CHROMIUM
              + " and "
              + CHROMEDRIVER
              + " (apt-get install chromium chromium-driver)");
    }
    if (!Files.isReadable(axeFile())) {
      return Optional.of(
          "Accessibility checks need axe-core at "
              + axeFile().toAbsolutePath()
              + " (set AXE_CORE_JS, or run npm install --prefix .ci/node axe-core)");
    }
    return Optional.empty();
  }

  /**
   * Skips the calling test when the browser or axe-core is missing, or fails it when {@code
   * CI=true}.
   */
  public static void assumeAvailable() {
    Optional<String> missing = missing();
    if (missing.isPresent() && onCi()) {
      fail(missing.get() + "; CI=true, so this is a failure, not a skip");
    }
    assumeTrue(missing.isEmpty(), missing.orElse(""));
  }

  /**
   * Starts a browser with a fresh profile; see {@link #assumeAvailable()} for what happens without
   * one.
   */
  public static Browser start() {
    assumeAvailable();
    try {
      Path profile = Files.createTempDirectory("keuzevrij-chromium-");
      ChromeOptions options =
          new ChromeOptions()
              .setBinary(CHROMIUM.toFile())
              .addArguments(
                  "--headless",
                  "--no-sandbox",
                  "--disable-gpu",
                  "--disable-dev-shm-usage",
                  "--disable-background-networking",
                  "--disable-component-update",
                  "--disable-sync",
                  "--no-first-run",
                  "--user-data-dir=" + profile,
                  "--window-size=" + WIDTH + "," + HEIGHT,
                  "--lang=nl-NL");
      ChromeDriverService service =
          new ChromeDriverService.Builder()
              .usingDriverExecutable(CHROMEDRIVER.toFile())
              .usingAnyFreePort()
              .build();
      ChromeDriver driver = new ChromeDriver(service, options);
      driver
          .manage()
          .timeouts()
          .scriptTimeout(Duration.ofSeconds(60))
          .pageLoadTimeout(Duration.ofSeconds(30));
      return new Browser(
          service, driver, profile, Files.readString(axeFile(), StandardCharsets.UTF_8));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  public WebDriver driver() {
    return driver;
  }

  /**
   * Runs axe-core on the current page and fails on any serious or critical violation, naming the
   * rule, its impact and the elements concerned.
   */
  public void assertAccessible() {
    JavascriptExecutor js = driver;
    js.executeScript(axe);
    Object result =
        js.executeAsyncScript(
            "const done = arguments[arguments.length - 1];"
                + "axe.run(document).then(r => done(JSON.stringify(r.violations)))"
                + ".catch(e => done(JSON.stringify({error: String(e)})));");
    JsonNode violations = parse(String.valueOf(result));
    if (violations.has("error")) {
      fail(
          "axe-core could not check "
              + driver.getCurrentUrl()
              + ": "
              + violations.get("error").asText());
    }
    List<String> failing = new ArrayList<>();
    for (JsonNode violation : violations) {
      String line =
          violation.path("id").asText()
              + " ("
              + violation.path("impact").asText()
              + "): "
              + violation.path("help").asText()
              + "; targets: "
              + targets(violation);
      if (FAILING_IMPACTS.contains(violation.path("impact").asText())) {
        failing.add(line);
      } else {
        System.out.println(
            "axe-core, not failing the test, on " + driver.getCurrentUrl() + ": " + line);
      }
    }
    if (!failing.isEmpty()) {
      fail(
          "Accessibility violations on "
              + driver.getCurrentUrl()
              + ":\n  "
              + String.join("\n  ", failing));
    }
  }

  /** A full-page screenshot in target/screenshots, for a person to look at the design. */
  public Path screenshot(String name) {
    try {
      Number height =
          (Number)
              driver.executeScript(
                  "return Math.max(document.body.scrollHeight, document.documentElement.scrollHeight);");
      driver
          .manage()
          .window()
          .setSize(new Dimension(WIDTH, Math.min(Math.max(height.intValue(), HEIGHT), 8000)));
      byte[] png = ((TakesScreenshot) driver).getScreenshotAs(OutputType.BYTES);
      driver.manage().window().setSize(new Dimension(WIDTH, HEIGHT));
      Files.createDirectories(SCREENSHOTS);
      return Files.write(SCREENSHOTS.resolve(name + ".png"), png);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  @Override
  public void close() {
    try {
      driver.quit();
    } finally {
      service.stop();
      deleteQuietly(profile);
    }
  }

  public static boolean onCi() {
    return "true".equalsIgnoreCase(System.getenv("CI"));
  }

  private static Path axeFile() {
    String configured = System.getenv("AXE_CORE_JS");
    return configured == null || configured.isBlank() ? AXE_FALLBACK : Path.of(configured);
  }

  private static JsonNode parse(String json) {
    try {
      return new ObjectMapper().readTree(json);
    } catch (IOException e) {
      throw new UncheckedIOException("axe-core returned something that is not JSON: " + json, e);
    }
  }

  private static String targets(JsonNode violation) {
    List<String> targets = new ArrayList<>();
    violation.path("nodes").forEach(node -> targets.add(node.path("target").toString()));
    return String.join(", ", targets);
  }

  private static void deleteQuietly(Path folder) {
    try (Stream<Path> paths = Files.walk(folder)) {
      paths.sorted(Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
    } catch (IOException e) {
      // A leftover temporary profile is harmless; the test outcome must not depend on it.
    }
  }
}
