package org.keuzevrij.catalogue;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;
import org.keuzevrij.web.Digest;

/**
 * SHA-256 over every entity's own SHA-256, in kind and id order; an entity's digest covers its
 * content with object keys sorted, so formatting and key order in the files never change the
 * version. Keeping each entity's digest lets a catalogue with one entity changed get its version by
 * hashing that one entity again, not all of them. The bytes fed to the digest are part of every
 * published version: changing them changes every version.
 */
public final class ContentHash {

  private ContentHash() {}

  /**
   * The version of {@code entities}; {@code digests} holds the digests already known, by entity
   * instance, and gets the ones computed here.
   */
  static String of(Map<Kind, SortedMap<String, Entity>> entities, Map<Entity, byte[]> digests) {
    MessageDigest digest = Digest.sha256();
    for (Kind kind : Kind.values()) {
      for (Entity entity : entities.get(kind).values()) {
        text(digest, kind.folder() + "/" + entity.id());
        digest.update(digests.computeIfAbsent(entity, ContentHash::of));
      }
    }
    return HexFormat.of().formatHex(digest.digest());
  }

  static byte[] of(Entity entity) {
    MessageDigest digest = Digest.sha256();
    node(digest, entity.json());
    return digest.digest();
  }

  /**
   * The same hash over named JSON documents in name order: the version of a data set other than the
   * catalogue.
   */
  public static String of(SortedMap<String, JsonNode> documents) {
    MessageDigest digest = Digest.sha256();
    documents.forEach(
        (name, json) -> {
          text(digest, name);
          node(digest, json);
        });
    return HexFormat.of().formatHex(digest.digest());
  }

  /**
   * Each node is tagged with its type and strings are length-prefixed, so different trees never
   * feed equal bytes.
   */
  private static void node(MessageDigest digest, JsonNode node) {
    if (node.isObject()) {
      // Through the entry set, the view every other reader of the tree uses too: each view a map
      // hands out stays.
      List<String> names = new ArrayList<>(node.size());
      node.fields().forEachRemaining(field -> names.add(field.getKey()));
      Collections.sort(names);
      digest.update((byte) '{');
      for (String name : names) {
        text(digest, name);
        node(digest, node.get(name));
      }
      digest.update((byte) '}');
    } else if (node.isArray()) {
      digest.update((byte) '[');
      for (JsonNode element : node) {
        node(digest, element);
      }
      digest.update((byte) ']');
    } else if (node.isTextual()) {
      digest.update((byte) 's');
      text(digest, node.textValue());
    } else if (node.isNumber()) {
      digest.update((byte) 'n');
      text(digest, node.decimalValue().stripTrailingZeros().toPlainString());
    } else {
      digest.update((byte) 'v');
      text(digest, node.asText());
    }
  }

  /** The UTF-8 bytes of {@code text}, after their count as four bytes, most significant first. */
  private static void text(MessageDigest digest, String text) {
    byte[] utf8 = text.getBytes(StandardCharsets.UTF_8);
    digest.update(ByteBuffer.allocate(Integer.BYTES).putInt(utf8.length).array());
    digest.update(utf8);
  }
}
