package org.keuzevrij.derived;

import org.keuzevrij.catalogue.Catalogue;

/** A validated catalogue together with what follows from it; replaced as a whole, never changed in place. */
public record Snapshot(Catalogue catalogue, DerivedFacts derived) {

  public static Snapshot of(Catalogue catalogue) {
    return new Snapshot(catalogue, new DerivedFacts(catalogue));
  }
}
