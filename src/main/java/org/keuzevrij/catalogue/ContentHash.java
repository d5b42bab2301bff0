package org.keuzevrij.catalogue;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Map;
import java.util.SortedMap;

/** SHA-256 over the canonical form of every entity, in kind and id order, so formatting never changes the version. */
public final class ContentHash {

  private ContentHash() {}

  static String of(Map<Kind, SortedMap<String, Entity>> entities) {
    MessageDigest digest = sha256();
    for (Kind kind : Kind.values()) {
      for (Entity entity : entities.get(kind).values()) {
        digest.update((kind.folder() + "/" + entity.id() + "\n").getBytes(StandardCharsets.UTF_8));
        digest.update(CanonicalJson.compact(entity.json()));
        digest.update((byte) '\n');
      }
    }
    return HexFormat.of().formatHex(digest.digest());
  }

  /** The same hash over any set of named JSON documents, in name order: the version of a data set other than the catalogue. */
  public static String of(SortedMap<String, JsonNode> documents) {
    MessageDigest digest = sha256();
    documents.forEach((name, json) -> {
      digest.update((name + "\n").getBytes(StandardCharsets.UTF_8));
      digest.update(CanonicalJson.compact(json));
      digest.update((byte) '\n');
    });
    return HexFormat.of().formatHex(digest.digest());
  }

  static MessageDigest sha256() {
    try {
      return MessageDigest.getInstance("SHA-256");
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("every Java runtime has SHA-256", e);
    }
  }
}
