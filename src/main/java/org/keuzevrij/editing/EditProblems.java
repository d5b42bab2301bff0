package org.keuzevrij.editing;

import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import java.util.List;
import org.keuzevrij.catalogue.Kind;
import org.keuzevrij.catalogue.Problem;
import org.keuzevrij.catalogue.Reference;
import org.keuzevrij.browse.CatalogueApi;
import org.keuzevrij.web.Problems;

/** The problem details (RFC 9457) the write API answers with when it refuses a change. */
final class EditProblems {

  private EditProblems() {}

  /** 400 listing every schema and cross-reference error, each with its JSON pointer into the sent entity. */
  static JsonObject invalid(Kind kind, String id, List<Problem> problems) {
    JsonArray errors = new JsonArray();
    for (Problem problem : problems) {
      errors.add(new JsonObject().put("pointer", problem.pointer()).put("detail", problem.message()));
    }
    return Problems.problem(400, "The " + kind.singular() + " \"" + id + "\" has " + problems.size()
        + (problems.size() == 1 ? " problem" : " problems") + "; nothing was changed.").put("errors", errors);
  }

  /** 409 naming every entity that still refers to the one to be deleted, and where. */
  static JsonObject referenced(Kind kind, String id, List<Reference> referrers) {
    JsonArray list = new JsonArray();
    StringBuilder names = new StringBuilder();
    for (Reference reference : referrers) {
      Kind from = reference.from().kind();
      list.add(new JsonObject()
          .put("kind", from.folder())
          .put("id", reference.from().id())
          .put("pointer", reference.pointer())
          .put("href", CatalogueApi.PREFIX + "/" + from.folder() + "/" + reference.from().id()));
      if (names.indexOf(from.folder() + "/" + reference.from().id()) < 0) {
        names.append(names.length() == 0 ? "" : ", ").append(from.folder()).append('/').append(reference.from().id());
      }
    }
    return Problems.problem(409, "The " + kind.singular() + " \"" + id + "\" cannot be deleted while others refer to "
        + "it: " + names + ". Change or delete those first.").put("referrers", list);
  }

  /** 400 for an id that is not a slug, before anything looks for a file by that name. */
  static JsonObject badId(String id) {
    String reason = "is not an entity id: use 1 to 64 lowercase letters a-z, digits and single hyphens";
    return Problems.problem(400, "\"" + id + "\" " + reason + ".")
        .put("invalid-params", new JsonArray().add(new JsonObject().put("name", "id").put("reason", reason)));
  }
}
