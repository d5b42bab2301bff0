package org.keuzevrij.editing.audit;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.HexFormat;
import org.keuzevrij.catalogue.CanonicalJson;
import org.keuzevrij.web.Digest;

/**
 * SHA-256 of an entity's content with keys sorted, so it names a version whatever the file's
 * formatting.
 */
public final class ContentDigest {

  private ContentDigest() {}

  /** The digest in hex; null for no content (before a create, after a delete). */
  public static String of(JsonNode document) {
    if (document == null || document.isMissingNode()) {
      return null;
    }
    return HexFormat.of().formatHex(Digest.sha256(CanonicalJson.compact(document)));
  }
}
