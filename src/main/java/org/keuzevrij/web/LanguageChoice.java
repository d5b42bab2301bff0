package org.keuzevrij.web;

import io.vertx.core.MultiMap;
import io.vertx.core.http.Cookie;
import io.vertx.core.http.CookieSameSite;
import io.vertx.core.http.HttpServerRequest;
import io.vertx.ext.web.RoutingContext;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.Optional;
import java.util.StringJoiner;

/**
 * Which language a page is shown in: {@code ?lang=en} or {@code ?lang=nl} switches and is
 * remembered in the {@code lang} cookie; without either, Dutch.
 */
public final class LanguageChoice {

  public static final String PARAMETER = "lang";
  public static final String COOKIE = "lang";
  private static final long ONE_YEAR_SECONDS = 365L * 24 * 60 * 60;

  private LanguageChoice() {}

  public static Language of(RoutingContext ctx) {
    return requested(ctx)
        .or(
            () ->
                Optional.ofNullable(ctx.request().getCookie(COOKIE))
                    .flatMap(c -> Language.fromCode(c.getValue())))
        .orElse(Language.DEFAULT);
  }

  /** Sets the cookie when the request asks for a language, so the choice holds on the next page. */
  public static void remember(RoutingContext ctx) {
    requested(ctx)
        .ifPresent(
            language ->
                ctx.response()
                    .addCookie(
                        Cookie.cookie(COOKIE, language.code())
                            .setPath("/")
                            .setHttpOnly(true)
                            .setSameSite(CookieSameSite.LAX)
                            .setSecure(ctx.request().isSSL())
                            .setMaxAge(ONE_YEAR_SECONDS)));
  }

  /**
   * The current path and query with {@code lang} set to {@code target}, for the language switch
   * link.
   */
  public static String switchLink(RoutingContext ctx, Language target) {
    StringJoiner query = new StringJoiner("&", path(ctx.request()) + "?", "");
    for (Map.Entry<String, String> parameter : parameters(ctx)) {
      if (!PARAMETER.equals(parameter.getKey())) {
        query.add(encode(parameter.getKey()) + "=" + encode(parameter.getValue()));
      }
    }
    query.add(PARAMETER + "=" + target.code());
    return query.toString();
  }

  private static Optional<Language> requested(RoutingContext ctx) {
    return Language.fromCode(parameters(ctx).get(PARAMETER));
  }

  /**
   * A malformed query (a bad %-escape) must not stop the error page from rendering, so it counts as
   * empty.
   */
  private static MultiMap parameters(RoutingContext ctx) {
    try {
      return ctx.queryParams();
    } catch (RuntimeException malformed) {
      return MultiMap.caseInsensitiveMultiMap();
    }
  }

  /** Only a plain absolute path: "//host/…" would make the switch link point to another site. */
  private static String path(HttpServerRequest request) {
    String path = request.path();
    return path == null || !path.startsWith("/") || path.startsWith("//") || path.contains("\\")
        ? "/"
        : path;
  }

  private static String encode(String text) {
    return URLEncoder.encode(text, StandardCharsets.UTF_8);
  }
}
