package org.keuzevrij.web;

import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * One headless browser and one read-only app on the bundled catalogue for a whole test class.
 * Without a browser neither starts, and each test skips (or fails on CI) by itself.
 */
public final class BrowserWithApp
    implements BeforeAllCallback, BeforeEachCallback, AfterAllCallback {

  private RunningApp app;
  private Browser browser;

  @Override
  public void beforeAll(ExtensionContext context) {
    if (Browser.missing().isEmpty()) {
      browser = Browser.start();
      app = RunningApp.start(RunningApp.BUNDLED);
    }
  }

  @Override
  public void beforeEach(ExtensionContext context) {
    Browser.assumeAvailable();
  }

  @Override
  public void afterAll(ExtensionContext context) {
    if (browser != null) {
      browser.close();
    }
    if (app != null) {
      app.close();
    }
  }

  public RunningApp app() {
    return app;
  }

  public Browser browser() {
    return browser;
  }
}
