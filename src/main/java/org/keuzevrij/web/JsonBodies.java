package org.keuzevrij.web;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import io.vertx.ext.web.RoutingContext;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Request bodies that must be JSON: the content type that says so, and what to tell a client whose
 * body is not, without the parser's own words (they name its classes and settings).
 */
public final class JsonBodies {

  private static final Pattern JSON_TYPE =
      Pattern.compile("application/(json|[a-z0-9.+-]*\\+json)\\s*(;.*)?");

  private JsonBodies() {}

  /** A 415 unless the request says its body is {@code application/json} or a {@code +json} type. */
  public static void requireJson(RoutingContext ctx, String what) {
    String type = ctx.request().getHeader("Content-Type");
    if (type == null || !JSON_TYPE.matcher(type.toLowerCase(Locale.ROOT).trim()).matches()) {
      throw new InvalidInput(415, "Send " + what + " as application/json.");
    }
  }

  /** Why a body could not be read, with where in the body, for a 400. */
  public static String unreadable(JsonProcessingException e) {
    JsonLocation at = e.getLocation();
    String where =
        at == null || at.getLineNr() < 0
            ? ""
            : " (line " + at.getLineNr() + ", column " + at.getColumnNr() + ")";
    if (e instanceof StreamConstraintsException) {
      return "The body nests deeper or holds a longer number or text than this API accepts"
          + where
          + ".";
    }
    String message = String.valueOf(e.getOriginalMessage());
    if (message.startsWith("Duplicate field ")) {
      return "The body is not valid JSON" + where + ": it names a member twice.";
    }
    return "The body is not valid JSON" + where + ".";
  }
}
