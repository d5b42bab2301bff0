package org.keuzevrij.catalogue.derived;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.keuzevrij.catalogue.Catalogue;
import org.keuzevrij.catalogue.Derivation;
import org.keuzevrij.catalogue.Entity;
import org.keuzevrij.catalogue.Facts;
import org.keuzevrij.catalogue.Kind;
import org.keuzevrij.catalogue.Reason;

/**
 * Whether a foreign authority can compel a supplier to hand over data. Such laws follow control,
 * not server location, so every organisation up the parent chain counts.
 */
public final class ExtraterritorialExposure {

  private ExtraterritorialExposure() {}

  public static Derivation of(Entity supplier, Catalogue catalogue) {
    List<Reason> reasons = new ArrayList<>();
    Set<String> laws = new LinkedHashSet<>();
    boolean unknown = false;
    Set<String> visited = new LinkedHashSet<>();
    Entity current = supplier;
    while (current != null && visited.add(current.id())) {
      JsonNode fact = current.json().path("extraterritorialLaws");
      String source = Facts.source(fact);
      if (Facts.isUnknown(fact)) {
        unknown = true;
        reasons.add(
            Reason.of(
                current.name() + ": onbekend aan welke buitenlandse wetten het onderworpen is",
                current.name() + ": unknown which foreign laws apply to it",
                source));
      } else if (Facts.value(fact).isEmpty()) {
        reasons.add(
            Reason.of(
                current.name() + ": geen extraterritoriale wetgeving gevonden",
                current.name() + ": no extraterritorial law found",
                source));
      } else {
        List<String> own = new ArrayList<>();
        Facts.value(fact).forEach(law -> own.add(law.asText()));
        laws.addAll(own);
        reasons.add(
            Reason.of(
                current.name() + " valt onder: " + String.join("; ", own),
                current.name() + " is subject to: " + String.join("; ", own),
                source));
      }
      JsonNode parent = current.json().path("parent");
      String parentId = Facts.text(parent);
      if (Facts.UNKNOWN.equals(parentId)) {
        unknown = true;
        reasons.add(
            Reason.of(
                current.name() + ": moederorganisatie onbekend",
                current.name() + ": parent unknown",
                Facts.source(parent)));
      }
      current = parentId == null ? null : catalogue.find(Kind.SUPPLIER, parentId).orElse(null);
      if (current != null) {
        reasons.add(
            Reason.of(
                "Gecontroleerd door " + current.name(),
                "Controlled by " + current.name(),
                Facts.source(parent)));
      }
    }
    String value = !laws.isEmpty() ? Derivation.YES : unknown ? Derivation.UNKNOWN : Derivation.NO;
    return new Derivation(value, reasons);
  }
}
