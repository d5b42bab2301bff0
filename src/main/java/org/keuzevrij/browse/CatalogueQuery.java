package org.keuzevrij.browse;

import com.fasterxml.jackson.databind.JsonNode;
import java.text.Normalizer;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Stream;
import org.keuzevrij.catalogue.Derivation;
import org.keuzevrij.catalogue.Entity;
import org.keuzevrij.catalogue.Facts;
import org.keuzevrij.catalogue.Kind;
import org.keuzevrij.catalogue.SchemaModel;
import org.keuzevrij.catalogue.derived.DerivedFacts;
import org.keuzevrij.catalogue.derived.Snapshot;
import org.keuzevrij.web.InvalidInput;

/**
 * The filters users need when browsing the catalogue, shared by the API and the pages so both
 * always agree. Parameter names: {@code q} (text) for every kind; offerings: {@code delivery},
 * {@code eea}, {@code openai}, {@code openWeights}; models: {@code osi}, {@code openWeights},
 * {@code modality}.
 */
public record CatalogueQuery(
    String text,
    String delivery,
    boolean eeaOnly,
    boolean openaiCompatible,
    boolean openWeights,
    boolean osiLicence,
    String modality) {

  public static final Set<String> DELIVERIES = Set.of("hosted-api", "dedicated", "self-hosted");
  public static final List<String> MODALITIES = SchemaModel.bundled().values("modality");

  /** Whether the query filters at all; without filters a list holds every entity of its kind. */
  public boolean filters() {
    return text != null
        || delivery != null
        || eeaOnly
        || openaiCompatible
        || openWeights
        || osiLicence
        || modality != null;
  }

  /** Reads the query from request parameters; a blank value means "no filter". */
  public static CatalogueQuery from(Function<String, String> parameter) {
    String delivery = blankToNull(parameter.apply("delivery"));
    if (delivery != null && !DELIVERIES.contains(delivery)) {
      throw InvalidInput.parameter("delivery", "must be one of hosted-api, dedicated, self-hosted");
    }
    String modality = blankToNull(parameter.apply("modality"));
    if (modality != null && !MODALITIES.contains(modality)) {
      throw InvalidInput.parameter("modality", "must be one of " + String.join(", ", MODALITIES));
    }
    String text = blankToNull(parameter.apply("q"));
    if (text != null && text.length() > 200) {
      throw InvalidInput.parameter("q", "must be at most 200 characters");
    }
    return new CatalogueQuery(
        text,
        delivery,
        flag(parameter, "eea"),
        flag(parameter, "openai"),
        flag(parameter, "openWeights"),
        flag(parameter, "osi"),
        modality);
  }

  public static CatalogueQuery none() {
    return new CatalogueQuery(null, null, false, false, false, false, null);
  }

  public List<Entity> apply(Kind kind, Snapshot snapshot) {
    DerivedFacts derived = snapshot.derived();
    Stream<Entity> entities = snapshot.catalogue().all(kind).stream();
    if (text != null) {
      String needle = fold(text);
      entities = entities.filter(e -> fold(searchableText(e, snapshot)).contains(needle));
    }
    if (kind == Kind.OFFERING) {
      if (delivery != null) {
        entities = entities.filter(e -> delivery.equals(e.json().path("delivery").asText()));
      }
      if (eeaOnly) {
        entities = entities.filter(e -> yes(derived, e, DerivedFacts.EEA_ONLY));
      }
      if (openaiCompatible) {
        entities =
            entities.filter(e -> "openai-compatible".equals(Facts.text(e.json().path("apiStyle"))));
      }
    }
    if (kind == Kind.MODEL) {
      if (osiLicence) {
        entities =
            entities.filter(
                e -> Boolean.TRUE.equals(Facts.bool(e.json().path("licence").path("osiApproved"))));
      }
      if (modality != null) {
        entities = entities.filter(e -> hasModality(e, modality));
      }
    }
    if (openWeights && (kind == Kind.OFFERING || kind == Kind.MODEL)) {
      entities = entities.filter(e -> yes(derived, e, DerivedFacts.OPEN_WEIGHTS));
    }
    return entities.toList();
  }

  /** The query as request parameters, for links that keep the current filters. */
  public Map<String, String> asParameters() {
    Map<String, String> map = new LinkedHashMap<>();
    if (text != null) map.put("q", text);
    if (delivery != null) map.put("delivery", delivery);
    if (eeaOnly) map.put("eea", "true");
    if (openaiCompatible) map.put("openai", "true");
    if (openWeights) map.put("openWeights", "true");
    if (osiLicence) map.put("osi", "true");
    if (modality != null) map.put("modality", modality);
    return map;
  }

  private static boolean yes(DerivedFacts derived, Entity entity, String name) {
    return Derivation.YES.equals(derived.value(entity.kind(), entity.id(), name));
  }

  private static boolean hasModality(Entity model, String modality) {
    for (JsonNode value : Facts.value(model.json().path("modalities"))) {
      if (modality.equals(value.asText())) {
        return true;
      }
    }
    return false;
  }

  /**
   * Id, name, descriptions, and for offerings the supplier and model names, so "mistral" finds
   * Mistral hosts.
   */
  private static String searchableText(Entity entity, Snapshot snapshot) {
    StringBuilder text =
        new StringBuilder(entity.id()).append(' ').append(entity.json().path("name").toString());
    text.append(' ').append(entity.json().path("description").toString());
    text.append(' ').append(entity.json().path("developer").path("value").asText(""));
    if (entity.kind() == Kind.OFFERING) {
      snapshot
          .catalogue()
          .find(Kind.SUPPLIER, entity.json().path("supplier").asText())
          .ifPresent(s -> text.append(' ').append(s.name()));
      for (JsonNode model : entity.json().path("models")) {
        snapshot
            .catalogue()
            .find(Kind.MODEL, model.asText())
            .ifPresent(m -> text.append(' ').append(m.name()));
      }
    }
    return text.toString();
  }

  /**
   * Case- and accent-insensitive, so "ovh" finds "OVHcloud" and "cooperatie" finds "coöperatie".
   */
  private static String fold(String text) {
    return Normalizer.normalize(text, Normalizer.Form.NFD)
        .replaceAll("\\p{M}", "")
        .toLowerCase(Locale.ROOT);
  }

  private static boolean flag(Function<String, String> parameter, String name) {
    String value = blankToNull(parameter.apply(name));
    if (value == null || "false".equals(value)) {
      return false;
    }
    if ("true".equals(value) || "on".equals(value)) {
      return true;
    }
    throw InvalidInput.parameter(name, "must be true or false");
  }

  private static String blankToNull(String value) {
    return value == null || value.isBlank() ? null : value.strip();
  }
}
