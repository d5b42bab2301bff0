package org.keuzevrij.catalogue;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * Checks a catalogue with one entity put or removed, by exactly the rules that loading from files
 * applies (schema, id equal to file name, cross-references, parent cycles), without reading the
 * files again.
 */
public final class CatalogueChecker {

  private final DocumentRules rules;

  public CatalogueChecker(SchemaValidator schemas) {
    this.rules = new DocumentRules(schemas);
  }

  /**
   * The catalogue with {@code document} as entity {@code id} of {@code kind}, added or replacing
   * the current one; or, when anything is wrong, every problem and no catalogue.
   */
  public LoadResult put(Catalogue base, Kind kind, String id, JsonNode document) {
    String file = kind.folder() + "/" + id + ".json";
    DocumentRules.Checked checked = rules.check(kind, file, id, document);
    List<Problem> problems = new ArrayList<>(checked.problems());
    if (checked.entity().isEmpty() || !checked.entity().get().id().equals(id)) {
      // Without a usable id the cross-references cannot be checked; the problems above already say
      // why.
      return new LoadResult(null, List.copyOf(problems));
    }
    Map<Kind, SortedMap<String, Entity>> candidate = copy(base);
    candidate.get(kind).put(id, checked.entity().get());
    problems.addAll(new CrossReferences(candidate).check());
    return result(base, candidate, problems);
  }

  /**
   * The catalogue without entity {@code id} of {@code kind}; problems name every entity that still
   * refers to it.
   */
  public LoadResult remove(Catalogue base, Kind kind, String id) {
    Map<Kind, SortedMap<String, Entity>> candidate = copy(base);
    candidate.get(kind).remove(id);
    return result(base, candidate, new CrossReferences(candidate).check());
  }

  /**
   * The entities that refer to entity {@code id} of {@code kind}, with where in each the reference
   * sits.
   */
  public static List<Reference> referrers(Catalogue catalogue, Kind kind, String id) {
    return new CrossReferences(catalogue.entities()).to(kind, id);
  }

  private static LoadResult result(
      Catalogue base, Map<Kind, SortedMap<String, Entity>> candidate, List<Problem> problems) {
    return new LoadResult(
        problems.isEmpty() ? new Catalogue(candidate, base) : null, List.copyOf(problems));
  }

  private static Map<Kind, SortedMap<String, Entity>> copy(Catalogue base) {
    Map<Kind, SortedMap<String, Entity>> copy = new EnumMap<>(Kind.class);
    base.entities().forEach((kind, byId) -> copy.put(kind, new TreeMap<>(byId)));
    return copy;
  }
}
