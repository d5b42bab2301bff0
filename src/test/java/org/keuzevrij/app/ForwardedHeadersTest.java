package org.keuzevrij.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.vertx.core.buffer.Buffer;
import io.vertx.core.http.HttpMethod;
import io.vertx.ext.web.client.HttpResponse;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.keuzevrij.catalogue.Fixtures;
import org.keuzevrij.users.AuthSettings;
import org.keuzevrij.web.EditableApp;
import org.keuzevrij.web.LogCapture;
import org.keuzevrij.web.access.SignInThrottle;

@DisplayName("Behind a reverse proxy: the client's address counts only when forwarding is trusted")
class ForwardedHeadersTest {

  private static final String GUESSER = "203.0.113.7";
  private static final String NEIGHBOUR = "203.0.113.8";

  static EditableApp.Users users;
  static Path source;

  @TempDir Path work;

  @BeforeAll
  static void createUsersAndCatalogue(@TempDir Path shared) {
    users = EditableApp.Users.create(shared.resolve("users"));
    source = Fixtures.smallCatalogue(shared.resolve("catalogue"));
  }

  private EditableApp start(ForwardedHeaders headers) {
    return EditableApp.start(
        source, work, users, AuthSettings.local(false), server -> server.behindProxy(headers));
  }

  private static HttpResponse<Buffer> me(EditableApp app, String token, String... headers) {
    String[] all = new String[headers.length + 2];
    all[0] = "Authorization";
    all[1] = EditableApp.bearer(token);
    System.arraycopy(headers, 0, all, 2, headers.length);
    return app.send(HttpMethod.GET, "/api/v1/me", null, all);
  }

  /** Guesses tokens from {@code header: GUESSER} until that address is locked. */
  private static void guessFrom(EditableApp app, String header, String value) {
    for (int i = 0; i < SignInThrottle.ADDRESS_FAILURES; i++) {
      assertEquals(401, me(app, "kzv_000000_guess" + i, header, value).statusCode());
    }
  }

  @Test
  @DisplayName(
      "x-forwarded: guesses lock the address in X-Forwarded-For, not the proxy's, and the log names it")
  void xForwardedForLocksTheClient() {
    try (EditableApp app = start(ForwardedHeaders.X_FORWARDED);
        LogCapture log = LogCapture.of(SignInThrottle.class)) {
      guessFrom(app, "X-Forwarded-For", GUESSER);
      assertEquals(
          429, me(app, users.viewerToken(), "X-Forwarded-For", GUESSER).statusCode(), "locked");
      assertEquals(
          200,
          me(app, users.viewerToken(), "X-Forwarded-For", NEIGHBOUR).statusCode(),
          "another client behind the same proxy still gets in");
      assertTrue(
          log.lines().stream().anyMatch(line -> line.contains("address " + GUESSER)),
          () -> "the lock is logged with the client's address: " + log.lines());
    }
  }

  @Test
  @DisplayName("forwarded: the RFC 7239 Forwarded header names the client")
  void forwardedLocksTheClient() {
    try (EditableApp app = start(ForwardedHeaders.FORWARDED)) {
      guessFrom(app, "Forwarded", "for=" + GUESSER + ";proto=https");
      assertEquals(
          429, me(app, users.viewerToken(), "Forwarded", "for=" + GUESSER).statusCode(), "locked");
      assertEquals(200, me(app, users.viewerToken(), "Forwarded", "for=" + NEIGHBOUR).statusCode());
      assertEquals(
          429,
          me(app, users.viewerToken(), "Forwarded", "for=" + GUESSER, "X-Forwarded-For", NEIGHBOUR)
              .statusCode(),
          "X-Forwarded-For is not read in this mode");
    }
  }

  @Test
  @DisplayName("off (the default): a client cannot escape a lock by claiming another address")
  void offIgnoresForwardedHeaders() {
    try (EditableApp app = start(ForwardedHeaders.NONE)) {
      guessFrom(app, "X-Forwarded-For", GUESSER);
      assertEquals(429, me(app, users.viewerToken(), "X-Forwarded-For", NEIGHBOUR).statusCode());
      assertEquals(429, me(app, users.viewerToken(), "Forwarded", "for=" + NEIGHBOUR).statusCode());
    }
  }

  @Test
  @DisplayName("--forwarded takes none, x-forwarded or forwarded and refuses anything else")
  void optionValues() {
    assertEquals(ForwardedHeaders.X_FORWARDED, ForwardedHeaders.of("x-forwarded"));
    assertEquals(ForwardedHeaders.NONE, ForwardedHeaders.of("NONE"));
    IllegalArgumentException wrong =
        assertThrows(IllegalArgumentException.class, () -> ForwardedHeaders.of("yes"));
    assertTrue(wrong.getMessage().contains("none, x-forwarded, forwarded"), wrong.getMessage());
  }
}
