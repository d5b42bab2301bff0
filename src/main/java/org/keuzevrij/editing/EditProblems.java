package org.keuzevrij.editing;

import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import java.util.List;
import org.keuzevrij.browse.CatalogueApi;
import org.keuzevrij.catalogue.Kind;
import org.keuzevrij.catalogue.Problem;
import org.keuzevrij.catalogue.Reference;
import org.keuzevrij.web.InvalidInput;
import org.keuzevrij.web.InvalidInput.Violation;
import org.keuzevrij.web.Problems;

/** Why the write API refuses a change, in the words its problem details (RFC 9457) use. */
final class EditProblems {

  private EditProblems() {}

  /** Every schema and cross-reference error, each with its JSON pointer into the sent entity. */
  static InvalidInput invalid(Kind kind, String id, List<Problem> problems) {
    return new InvalidInput(
        "The "
            + kind.singular()
            + " \""
            + id
            + "\" has "
            + problems.size()
            + (problems.size() == 1 ? " problem" : " problems")
            + "; nothing was changed.",
        violations(problems));
  }

  /**
   * The checks' problems as violations of the sent entity, for the API's answer and the edit form
   * alike.
   */
  static List<Violation> violations(List<Problem> problems) {
    return problems.stream().map(p -> Violation.at(p.pointer(), p.message())).toList();
  }

  /** 409 naming every entity that still refers to the one to be deleted, and where. */
  static JsonObject referenced(Kind kind, String id, List<Reference> referrers) {
    JsonArray list = new JsonArray();
    StringBuilder names = new StringBuilder();
    for (Reference reference : referrers) {
      Kind from = reference.from().kind();
      list.add(
          new JsonObject()
              .put("kind", from.folder())
              .put("id", reference.from().id())
              .put("pointer", reference.pointer())
              .put(
                  "href", CatalogueApi.PREFIX + "/" + from.folder() + "/" + reference.from().id()));
      if (names.indexOf(from.folder() + "/" + reference.from().id()) < 0) {
        names
            .append(names.length() == 0 ? "" : ", ")
            .append(from.folder())
            .append('/')
            .append(reference.from().id());
      }
    }
    return Problems.problem(
            409,
            "The "
                + kind.singular()
                + " \""
                + id
                + "\" cannot be deleted while others refer to "
                + "it: "
                + names
                + ". Change or delete those first.")
        .put("referrers", list);
  }

  /** An id that is not a slug, refused before anything looks for a file by that name. */
  static InvalidInput badId(String id) {
    String reason =
        "is not an entity id: use 1 to 64 lowercase letters a-z, digits and single hyphens";
    return new InvalidInput(
        "\"" + id + "\" " + reason + ".", List.of(Violation.parameter("id", reason)));
  }
}
