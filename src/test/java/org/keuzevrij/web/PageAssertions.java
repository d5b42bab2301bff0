package org.keuzevrij.web;

import static org.junit.jupiter.api.Assertions.assertTrue;

import com.github.jknack.handlebars.EscapingStrategy;
import io.vertx.core.buffer.Buffer;
import io.vertx.ext.web.client.HttpResponse;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reading rendered pages in HTTP tests without an HTML parser: the markup is ours, so its shape is
 * known.
 */
public final class PageAssertions {

  private PageAssertions() {}

  /** Text as it appears in the page after the templates' HTML escaping. */
  public static String html(String text) {
    return EscapingStrategy.HTML_ENTITY.escape(text).toString();
  }

  public static void assertContains(String page, String expected) {
    assertTrue(
        page.contains(expected),
        () -> "page does not contain\n  " + expected + "\n" + excerpt(page));
  }

  public static void assertNotContains(String page, String unexpected) {
    assertTrue(!page.contains(unexpected), () -> "page contains\n  " + unexpected);
  }

  public static void assertHtml(HttpResponse<Buffer> response, int status) {
    assertTrue(
        response.statusCode() == status,
        () ->
            "expected status "
                + status
                + " but was "
                + response.statusCode()
                + "\n"
                + excerpt(response.bodyAsString()));
    assertTrue(
        response.getHeader("Content-Type").startsWith("text/html"),
        response.getHeader("Content-Type"));
  }

  /** The part of the page between the first {@code start} and the next {@code end}. */
  public static String between(String page, String start, String end) {
    int from = page.indexOf(start);
    assertTrue(from >= 0, () -> "page has no " + start);
    int to = page.indexOf(end, from);
    return page.substring(from, to < 0 ? page.length() : to);
  }

  /** The ids of the entities linked as {@code href="/{kind}/{id}"} in a part of a page. */
  public static Set<String> linkedIds(String html, String kind) {
    Set<String> ids = new TreeSet<>();
    Matcher links = Pattern.compile("href=\"/" + kind + "/([a-z0-9-]+)\"").matcher(html);
    while (links.find()) {
      ids.add(links.group(1));
    }
    return ids;
  }

  private static String excerpt(String page) {
    return page.length() > 3000 ? page.substring(0, 3000) + "…" : page;
  }
}
