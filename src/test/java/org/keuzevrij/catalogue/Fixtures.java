package org.keuzevrij.catalogue;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * Builds small, valid catalogues in a folder, which tests then break or extend one fact at a time.
 */
public final class Fixtures {

  public static final String SOURCE = "https://example.org/source";
  public static final String CHECKED = "2026-06-12";
  private static final JsonNodeFactory JSON = JsonNodeFactory.instance;

  private Fixtures() {}

  public static ObjectNode fact(Object value) {
    ObjectNode fact = JSON.objectNode().put("checked", CHECKED);
    fact.putPOJO("value", value);
    if (!"unknown".equals(value)) {
      fact.put("source", SOURCE);
    }
    return fact;
  }

  public static ObjectNode supplier(String id, String country, String parent, List<String> laws) {
    ObjectNode s =
        JSON.objectNode().put("id", id).put("name", "Supplier " + id).put("website", SOURCE);
    s.set("legalEntity", fact(id + " B.V."));
    s.set("hqCountry", fact(country));
    s.set("parent", fact(parent));
    s.set("ultimateParent", fact("unknown"));
    s.set("ultimateParentCountry", fact("unknown"));
    s.set("ownershipType", fact("private-company"));
    s.set("extraterritorialLaws", laws == null ? fact("unknown") : fact(laws));
    s.set("dmaGatekeeper", fact(false));
    s.set("certifications", fact(List.of()));
    return s;
  }

  /**
   * A model whose every openness component has the given value, under an OSI licence when {@code
   * osi}.
   */
  public static ObjectNode model(String id, String openness, boolean osi, String weights) {
    ObjectNode m = JSON.objectNode().put("id", id).put("name", "Model " + id);
    m.set("developer", fact("Lab " + id));
    m.set("developerCountry", fact("NL"));
    m.set("released", fact("2025-01"));
    m.set("parametersBillions", fact(7));
    m.set("modalities", fact(List.of("text")));
    m.set("generative", fact(true));
    m.set("generalPurpose", fact(true));
    m.set("dutch", fact("unknown"));
    ObjectNode licence = m.putObject("licence");
    licence.set("name", fact(osi ? "Apache License 2.0" : "Custom terms"));
    licence.set("spdx", fact(osi ? "Apache-2.0" : "none"));
    licence.set("osiApproved", fact(osi));
    licence.set("nonCommercial", fact(false));
    licence.set("userThreshold", fact(0));
    licence.set("revenueThreshold", fact(0));
    licence.set("acceptableUsePolicy", fact(false));
    licence.set("excludesEuOrganisations", fact(false));
    licence.set("derivativesInherit", fact(false));
    m.set("weights", fact(weights));
    ObjectNode components = m.putObject("openness");
    for (String component :
        List.of(
            "baseModelData",
            "endModelData",
            "baseModelWeights",
            "endModelWeights",
            "trainingCode",
            "codeDocumentation",
            "hardwareArchitecture",
            "preprint",
            "paper",
            "modelCard",
            "datasheet",
            "licences",
            "inferenceCode",
            "evaluation",
            "intermediateCheckpoints",
            "dataCard",
            "technicalReport")) {
      components.set(component, fact(openness));
    }
    return m;
  }

  public static ObjectNode offering(
      String id, String supplier, List<String> models, List<String> processing) {
    ObjectNode o =
        JSON.objectNode()
            .put("id", id)
            .put("name", "Offering " + id)
            .put("supplier", supplier)
            .put("delivery", "hosted-api");
    o.putPOJO("models", models);
    o.set("processingLocations", fact(processing));
    o.set("storageLocations", fact(processing));
    o.set("controlPlaneLocations", fact("unknown"));
    o.set("apiStyle", fact("openai-compatible"));
    o.set("dataRetention", fact("No prompts stored"));
    o.set("trainsOnCustomerData", fact(false));
    o.set("fineTuning", fact("unknown"));
    o.set("dataExport", fact("unknown"));
    o.set("exitAssistance", fact("unknown"));
    o.set("pricing", fact("usage-based"));
    o.set("certifications", fact("unknown"));
    return o;
  }

  /** Two suppliers (one US-controlled), an open and a closed model, and two offerings. */
  public static Path smallCatalogue(Path root) {
    write(root, Kind.SUPPLIER, supplier("eu-host", "FR", "none", List.of()));
    write(root, Kind.SUPPLIER, supplier("us-cloud", "US", "none", List.of("US CLOUD Act")));
    write(root, Kind.MODEL, model("open-model", "open", true, "downloadable"));
    write(root, Kind.MODEL, model("closed-model", "closed", false, "not-released"));
    write(root, Kind.OFFERING, offering("eu-api", "eu-host", List.of("open-model"), List.of("FR")));
    write(
        root,
        Kind.OFFERING,
        offering("us-api", "us-cloud", List.of("open-model", "closed-model"), List.of("GLOBAL")));
    return root;
  }

  public static Path write(Path root, Kind kind, ObjectNode entity) {
    return write(root, kind, entity.get("id").asText() + ".json", entity);
  }

  public static Path write(Path root, Kind kind, String fileName, ObjectNode entity) {
    try {
      Path file = root.resolve(kind.folder()).resolve(fileName);
      Files.createDirectories(file.getParent());
      Files.write(file, CanonicalJson.pretty(entity));
      return file;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
