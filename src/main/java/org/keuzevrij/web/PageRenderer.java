package org.keuzevrij.web;

import io.vertx.core.buffer.Buffer;
import io.vertx.core.http.HttpServerResponse;
import io.vertx.ext.web.RoutingContext;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Supplier;
import org.keuzevrij.browse.PagePaths;

/**
 * Renders a page inside the shared layout in the language of the request and sends it as HTML.
 * Every page gets the layout's parts: the {@code lang} attribute, the language switch that keeps
 * the current address, and the catalogue version in the footer, so a printed page says which
 * catalogue it came from.
 */
public final class PageRenderer {

  public static final String ERROR_TEMPLATE = "error";

  /**
   * Context key for the account links in the header (log in, or the user's name and log out), when
   * sign-in exists.
   */
  public static final String ACCOUNT = "keuzevrij.layout.account";

  /**
   * Context key a handler that fails a request may set: the message key that tells the reader why.
   */
  public static final String ERROR_DETAIL = "keuzevrij.error.detail";

  private final Templates templates;
  private final Messages messages;
  private final Supplier<String> catalogueVersion;

  /**
   * {@code catalogueVersion} is asked on every page, so the footer follows a reloaded catalogue.
   */
  public PageRenderer(Templates templates, Messages messages, Supplier<String> catalogueVersion) {
    this.templates = templates;
    this.messages = messages;
    this.catalogueVersion = catalogueVersion;
  }

  public Templates templates() {
    return templates;
  }

  public Messages messages() {
    return messages;
  }

  public void send(
      RoutingContext ctx, int status, String template, String title, Map<String, Object> page) {
    Language language = LanguageChoice.of(ctx);
    headers(ctx, language).setStatusCode(status).end(render(ctx, language, template, title, page));
  }

  /**
   * A 200 page with a strong ETag of its bytes, so that a browser or proxy revalidating with
   * If-None-Match gets a bodiless 304 while the page is unchanged. The footer names the catalogue
   * version, so an edit or reload changes every tag. Only for pages that are the same for every
   * visitor in one language: never with a signed-in user's name or form tokens in it.
   */
  public void sendTagged(
      RoutingContext ctx, String template, String title, Map<String, Object> page) {
    sendTagged(ctx, bytes(ctx, template, title, page));
  }

  /** The page as {@link #sendTagged(RoutingContext, byte[])} sends it, to keep and send again. */
  public byte[] bytes(RoutingContext ctx, String template, String title, Map<String, Object> page) {
    return render(ctx, LanguageChoice.of(ctx), template, title, page)
        .getBytes(StandardCharsets.UTF_8);
  }

  /** A page rendered before for the same visitor-independent request, with its ETag. */
  public void sendTagged(RoutingContext ctx, byte[] html) {
    Language language = LanguageChoice.of(ctx);
    String etag = EntityTag.of(html);
    HttpServerResponse response = headers(ctx, language).putHeader("ETag", etag);
    if (JsonResponses.matches(ctx.request().getHeader("If-None-Match"), etag)) {
      response.setStatusCode(304).end();
    } else {
      response.setStatusCode(200).end(Buffer.buffer(html));
    }
  }

  private String render(
      RoutingContext ctx,
      Language language,
      String template,
      String title,
      Map<String, Object> page) {
    Map<String, Object> model = new LinkedHashMap<>(page);
    model.put("layout", layout(ctx, language, title));
    return templates.render(template, model, language);
  }

  private static HttpServerResponse headers(RoutingContext ctx, Language language) {
    LanguageChoice.remember(ctx);
    return ctx.response()
        .putHeader("Content-Type", "text/html; charset=utf-8")
        .putHeader("Content-Language", language.code())
        // The language comes from the cookie as well as the address, so caches must not mix the two
        // versions.
        .putHeader("Vary", "Cookie")
        .putHeader("Cache-Control", "no-cache");
  }

  /**
   * An error page in the request's language: what went wrong in plain words, and a way back to the
   * catalogue.
   */
  public void sendError(RoutingContext ctx, int status, String detail) {
    Language language = LanguageChoice.of(ctx);
    String kind =
        status == 404
            ? "notFound"
            : status == 403
                ? "forbidden"
                : status == 503 ? "busy" : status >= 500 ? "server" : "request";
    Map<String, Object> page = new LinkedHashMap<>();
    page.put("heading", messages.text(language, "error." + kind + ".title"));
    String detailKey = ctx.get(ERROR_DETAIL);
    page.put(
        "detail",
        detail != null
            ? detail
            : messages.text(language, detailKey != null ? detailKey : "error." + kind + ".detail"));
    page.put("status", status);
    send(ctx, status, ERROR_TEMPLATE, messages.text(language, "error." + kind + ".title"), page);
  }

  private Map<String, Object> layout(RoutingContext ctx, Language language, String title) {
    Map<String, Object> layout = new LinkedHashMap<>();
    layout.put("lang", language.code());
    layout.put("title", title);
    layout.put("switchHref", LanguageChoice.switchLink(ctx, language.other()));
    layout.put("switchLang", language.other().code());
    layout.put("switchLabel", messages.text(language.other(), "layout.languageName"));
    layout.put("onOverview", PagePaths.OVERVIEW.equals(ctx.request().path()));
    layout.put("account", ctx.get(ACCOUNT));
    layout.put("catalogueVersion", catalogueVersion.get().substring(0, 12));
    return layout;
  }
}
