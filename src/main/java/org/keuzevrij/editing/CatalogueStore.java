package org.keuzevrij.editing;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.keuzevrij.catalogue.CanonicalJson;
import org.keuzevrij.catalogue.Ids;
import org.keuzevrij.catalogue.Kind;
import org.keuzevrij.storage.DurableFiles;

/**
 * The catalogue folder as the app writes it: one canonical file per entity ({@link
 * CanonicalJson#pretty}: sorted keys, two-space indent, final newline, so an edit through the app
 * gives the diff a careful hand edit gives), each write and delete durable and atomic.
 */
public final class CatalogueStore {

  private final Path root;

  public CatalogueStore(Path root) {
    this.root = root.toAbsolutePath().normalize();
  }

  public Path root() {
    return root;
  }

  public void write(Kind kind, String id, JsonNode document) throws IOException {
    DurableFiles.write(file(kind, id), CanonicalJson.pretty(document));
  }

  public void delete(Kind kind, String id) throws IOException {
    DurableFiles.delete(file(kind, id));
  }

  /**
   * Removes temporary files left by writes that were cut short, in every kind's folder; returns
   * them.
   */
  public List<Path> removeLeftovers() throws IOException {
    List<Path> removed = new ArrayList<>();
    for (Kind kind : Kind.values()) {
      removed.addAll(DurableFiles.removeLeftovers(root.resolve(kind.folder())));
    }
    return removed;
  }

  /**
   * The file of an entity. Ids are checked before they get here; checking again keeps a path like
   * {@code ../x} out of the file system even if a caller forgets.
   */
  public Path file(Kind kind, String id) {
    if (!Ids.valid(id)) {
      throw new IllegalArgumentException("not an entity id: " + id);
    }
    Path folder = root.resolve(kind.folder());
    Path file = folder.resolve(id + ".json").normalize();
    if (!file.getParent().equals(folder)) {
      throw new IllegalArgumentException("id leaves the catalogue folder: " + id);
    }
    return file;
  }
}
