package org.keuzevrij.web;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.vertx.core.MultiMap;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.http.HttpMethod;
import io.vertx.ext.web.client.HttpRequest;
import io.vertx.ext.web.client.HttpResponse;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A browser-like visitor for HTTP page tests: keeps cookies, reads CSRF tokens from forms, posts
 * forms.
 */
public final class PageSession {

  private static final Pattern CSRF = Pattern.compile("name=\"csrf\" value=\"([^\"]+)\"");

  private final EditableApp app;
  private final Map<String, String> cookies = new LinkedHashMap<>();

  public PageSession(EditableApp app) {
    this.app = app;
  }

  public HttpResponse<Buffer> get(String uri) {
    return keep(withCookies(app.client().request(HttpMethod.GET, uri)).send().await());
  }

  public HttpResponse<Buffer> post(String uri, MultiMap form) {
    return keep(withCookies(app.client().request(HttpMethod.POST, uri)).sendForm(form).await());
  }

  /** Signs in through the login form and checks it worked. */
  public void logIn(String user) {
    String csrf = csrf(get("/login").bodyAsString());
    HttpResponse<Buffer> response =
        post(
            "/login",
            MultiMap.caseInsensitiveMultiMap()
                .add("csrf", csrf)
                .add("username", user)
                .add("password", EditableApp.PASSWORD)
                .add("return", "/"));
    assertEquals(303, response.statusCode(), response.bodyAsString());
  }

  public String cookie(String name) {
    return cookies.get(name);
  }

  public static String csrf(String page) {
    Matcher matcher = CSRF.matcher(page);
    if (!matcher.find()) {
      throw new AssertionError("no CSRF field in the page");
    }
    return matcher.group(1);
  }

  private HttpRequest<Buffer> withCookies(HttpRequest<Buffer> request) {
    if (!cookies.isEmpty()) {
      StringBuilder header = new StringBuilder();
      cookies.forEach(
          (name, value) ->
              header
                  .append(header.length() == 0 ? "" : "; ")
                  .append(name)
                  .append('=')
                  .append(value));
      request.putHeader("Cookie", header.toString());
    }
    return request;
  }

  private HttpResponse<Buffer> keep(HttpResponse<Buffer> response) {
    List<String> set = response.cookies();
    for (String cookie : set) {
      String pair = cookie.split(";", 2)[0];
      int equals = pair.indexOf('=');
      String name = pair.substring(0, equals);
      String value = pair.substring(equals + 1);
      if (value.isEmpty() || cookie.toLowerCase().contains("max-age=0")) {
        cookies.remove(name);
      } else {
        cookies.put(name, value);
      }
    }
    return response;
  }
}
