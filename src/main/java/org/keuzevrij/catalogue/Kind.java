package org.keuzevrij.catalogue;

import java.util.Arrays;
import java.util.Optional;

/** The kinds of entity in the catalogue; each lives in its own folder and has its own schema. */
public enum Kind {
  SUPPLIER("suppliers", "supplier"),
  MODEL("models", "model"),
  OFFERING("offerings", "offering"),
  USECASE("usecases", "usecase"),
  PROFILE("profiles", "profile");

  private final String folder;
  private final String schemaName;

  Kind(String folder, String schemaName) {
    this.folder = folder;
    this.schemaName = schemaName;
  }

  /** Folder name under the catalogue root, also the path segment in the API. */
  public String folder() {
    return folder;
  }

  public String schemaFile() {
    return schemaName + ".schema.json";
  }

  /** Singular name, as used in page and template names. */
  public String singular() {
    return schemaName;
  }

  public static Optional<Kind> fromFolder(String folder) {
    return Arrays.stream(values()).filter(k -> k.folder.equals(folder)).findFirst();
  }
}
