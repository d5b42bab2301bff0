package org.keuzevrij.catalogue;

import java.util.List;

/**
 * The outcome of loading a catalogue folder: the catalogue when it is clean, and every problem
 * found.
 */
public record LoadResult(Catalogue catalogue, List<Problem> problems) {

  public boolean ok() {
    return problems.isEmpty();
  }
}
