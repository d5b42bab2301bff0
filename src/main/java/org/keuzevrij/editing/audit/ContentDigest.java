package org.keuzevrij.editing.audit;

import com.fasterxml.jackson.databind.JsonNode;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import org.keuzevrij.catalogue.CanonicalJson;

/** SHA-256 of an entity's content with keys sorted, so it names a version whatever the file's formatting. */
public final class ContentDigest {

  private ContentDigest() {}

  /** The digest in hex; null for no content (before a create, after a delete). */
  public static String of(JsonNode document) {
    if (document == null || document.isMissingNode()) {
      return null;
    }
    try {
      return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(CanonicalJson.compact(document)));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("every Java runtime has SHA-256", e);
    }
  }
}
