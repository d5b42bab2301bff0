package org.keuzevrij.catalogue;

/**
 * One thing wrong with the catalogue, located by file and JSON pointer so that an editor can go
 * straight to it.
 *
 * @param file path relative to the catalogue root, e.g. {@code models/olmo.json}
 * @param pointer RFC 6901 JSON pointer into the file; empty for the whole document
 */
public record Problem(String file, String pointer, String message) {

  @Override
  public String toString() {
    return file + ": " + pointer + ": " + message;
  }
}
