package org.keuzevrij.checklist.clauses;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.keuzevrij.catalogue.Derivation;
import org.keuzevrij.catalogue.Entity;
import org.keuzevrij.catalogue.Kind;
import org.keuzevrij.catalogue.derived.Snapshot;
import org.keuzevrij.scoring.Fit;
import org.keuzevrij.scoring.FitCheck;
import org.keuzevrij.scoring.Needs;
import org.keuzevrij.scoring.Option;
import org.keuzevrij.scoring.Profile;
import org.keuzevrij.web.Language;

/**
 * One use case of the city bought through one offering: everything a checklist is computed from.
 * Build it with {@link #of}, which follows the offering to its supplier and models as scoring does.
 *
 * @param runByCity whether the city runs it itself, by the rule scores use ({@link
 *     Option#runByCity(Entity, String)}) with the own organisation of the catalogue's default
 *     profile
 * @param fit whether the offering can do the use case's job, by the same check as the comparison
 */
public record ProcurementCase(
    Entity usecase,
    Entity offering,
    Entity supplier,
    List<Entity> models,
    Snapshot snapshot,
    boolean runByCity,
    Fit fit) {

  public ProcurementCase {
    models = List.copyOf(models);
  }

  /** The case for two ids, or empty when either is not in the snapshot's catalogue. */
  public static Optional<ProcurementCase> of(
      Snapshot snapshot, String usecaseId, String offeringId) {
    Optional<Entity> usecase = snapshot.catalogue().find(Kind.USECASE, usecaseId);
    Optional<Entity> offering = snapshot.catalogue().find(Kind.OFFERING, offeringId);
    if (usecase.isEmpty() || offering.isEmpty()) {
      return Optional.empty();
    }
    String own = Profile.defaultOf(snapshot.catalogue()).map(Profile::ownOrganisation).orElse(null);
    Option option = Option.of(snapshot, offering.get(), own);
    return Optional.of(
        new ProcurementCase(
            usecase.get(),
            offering.get(),
            option.supplier(),
            option.models(),
            snapshot,
            option.runByCity(),
            FitCheck.check(option, Needs.of(usecase.get().json()))));
  }

  /** The derived fact {@code name} of the offering, with its reasons. */
  public Derivation derived(String name) {
    return snapshot.derived().get(Kind.OFFERING, offering.id()).get(name);
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
