package org.keuzevrij.checklist.clauses;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.keuzevrij.catalogue.Derivation;
import org.keuzevrij.catalogue.Entity;
import org.keuzevrij.catalogue.Facts;
import org.keuzevrij.catalogue.Kind;
import org.keuzevrij.catalogue.derived.Snapshot;
import org.keuzevrij.web.Language;

/**
 * One use case of the city bought through one offering: everything a checklist is computed from. Build it with
 * {@link #of}, which follows the offering to its supplier and models.
 */
public record ProcurementCase(Entity usecase, Entity offering, Entity supplier, List<Entity> models, Snapshot snapshot) {

  public ProcurementCase {
    models = List.copyOf(models);
  }

  /** The case for two ids, or empty when either is not in the snapshot's catalogue. */
  public static Optional<ProcurementCase> of(Snapshot snapshot, String usecaseId, String offeringId) {
    var catalogue = snapshot.catalogue();
    Optional<Entity> usecase = catalogue.find(Kind.USECASE, usecaseId);
    Optional<Entity> offering = catalogue.find(Kind.OFFERING, offeringId);
    if (usecase.isEmpty() || offering.isEmpty()) {
      return Optional.empty();
    }
    // A loaded catalogue has passed its cross-reference checks, so supplier and models exist.
    Entity supplier = catalogue.find(Kind.SUPPLIER, offering.get().json().path("supplier").asText()).orElseThrow();
    List<Entity> models = new ArrayList<>();
    for (JsonNode id : offering.get().json().path("models")) {
      models.add(catalogue.find(Kind.MODEL, id.asText()).orElseThrow());
    }
    return Optional.of(new ProcurementCase(usecase.get(), offering.get(), supplier, models, snapshot));
  }

  /** The derived fact {@code name} of the offering, with its reasons. */
  public Derivation derived(String name) {
    return snapshot.derived().get(Kind.OFFERING, offering.id()).get(name);
  }

  /** The city runs the model itself: self-hosted, with a public body as the offering's supplier. */
  public boolean inHouse() {
    return "self-hosted".equals(offering.json().path("delivery").asText())
        && "public-body".equals(Facts.text(supplier.json().path("ownershipType")));
  }

  public String usecaseName(Language language) {
    return usecase.json().path("name").path(language.code()).asText(usecase.id());
  }

  public Optional<LocalDate> contractStart() {
    return date("contractStart");
  }

  public Optional<LocalDate> contractEnd() {
    return date("contractEnd");
  }

  private Optional<LocalDate> date(String field) {
    String text = usecase.json().path(field).asText(null);
    return text == null ? Optional.empty() : Optional.of(LocalDate.parse(text));
  }
}
