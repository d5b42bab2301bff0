package org.keuzevrij.catalogue;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;

/**
 * SHA-256 over every entity's own SHA-256, in kind and id order; an entity's digest covers its content with object keys
 * sorted, so formatting and key order in the files never change the version. It walks the trees directly rather than
 * serialising them: at ten thousand entities that halves the cost of hashing. Keeping each entity's digest lets a
 * catalogue with one entity changed get its version by hashing that one entity again, not all of them.
 */
public final class ContentHash {

  private ContentHash() {}

  /**
   * The version of {@code entities}; {@code digests} holds the digests already known, by entity instance, and gets
   * the ones computed here.
   */
  static String of(Map<Kind, SortedMap<String, Entity>> entities, Map<Entity, byte[]> digests) {
    MessageDigest digest = sha256();
    for (Kind kind : Kind.values()) {
      for (Entity entity : entities.get(kind).values()) {
        text(digest, kind.folder() + "/" + entity.id());
        digest.update(digests.computeIfAbsent(entity, ContentHash::of));
      }
    }
    return HexFormat.of().formatHex(digest.digest());
  }

  static byte[] of(Entity entity) {
    Bytes bytes = new Bytes();
    node(bytes, entity.json());
    MessageDigest digest = sha256();
    digest.update(bytes.array, 0, bytes.length);
    return digest.digest();
  }

  /** The same hash over named JSON documents in name order: the version of a data set other than the catalogue. */
  public static String of(SortedMap<String, JsonNode> documents) {
    Bytes bytes = new Bytes();
    documents.forEach((name, json) -> {
      bytes.text(name);
      node(bytes, json);
    });
    MessageDigest digest = sha256();
    digest.update(bytes.array, 0, bytes.length);
    return HexFormat.of().formatHex(digest.digest());
  }

  /** Each node is tagged with its type and strings are length-prefixed, so different trees never feed equal bytes. */
  private static void node(Bytes bytes, JsonNode node) {
    if (node.isObject()) {
      // Through the entry set, the view every other reader of the tree uses too: each view a map hands out stays.
      List<String> names = new ArrayList<>(node.size());
      node.fields().forEachRemaining(field -> names.add(field.getKey()));
      Collections.sort(names);
      bytes.tag('{');
      for (String name : names) {
        bytes.text(name);
        node(bytes, node.get(name));
      }
      bytes.tag('}');
    } else if (node.isArray()) {
      bytes.tag('[');
      for (JsonNode element : node) {
        node(bytes, element);
      }
      bytes.tag(']');
    } else if (node.isTextual()) {
      bytes.tag('s');
      bytes.text(node.textValue());
    } else if (node.isNumber()) {
      bytes.tag('n');
      bytes.text(node.decimalValue().stripTrailingZeros().toPlainString());
    } else {
      bytes.tag('v');
      bytes.text(node.asText());
    }
  }

  private static void text(MessageDigest digest, String text) {
    Bytes bytes = new Bytes();
    bytes.text(text);
    digest.update(bytes.array, 0, bytes.length);
  }

  /**
   * The bytes an entity's digest covers, gathered first: one digest update per entity instead of two per string and
   * tag, whose fixed cost was most of the hashing.
   */
  private static final class Bytes {

    private byte[] array = new byte[4096];
    private int length;

    void tag(char tag) {
      room(1);
      array[length++] = (byte) tag;
    }

    void text(String text) {
      byte[] utf8 = text.getBytes(StandardCharsets.UTF_8);
      room(4 + utf8.length);
      array[length++] = (byte) (utf8.length >>> 24);
      array[length++] = (byte) (utf8.length >>> 16);
      array[length++] = (byte) (utf8.length >>> 8);
      array[length++] = (byte) utf8.length;
      System.arraycopy(utf8, 0, array, length, utf8.length);
      length += utf8.length;
    }

    private void room(int more) {
      if (length + more > array.length) {
        array = Arrays.copyOf(array, Math.max(array.length * 2, length + more));
      }
    }
  }

  static MessageDigest sha256() {
    try {
      return MessageDigest.getInstance("SHA-256");
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("every Java runtime has SHA-256", e);
    }
  }
}
