package org.keuzevrij.editing.audit;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.flipkart.zjsonpatch.DiffFlags;
import com.flipkart.zjsonpatch.JsonDiff;
import com.flipkart.zjsonpatch.JsonPatch;
import java.util.EnumSet;

/**
 * RFC 6902 JSON Patches between two versions of an entity, through zjsonpatch. A missing version
 * (before a create, after a delete) counts as the empty object, so every patch applies to a
 * document.
 */
public final class JsonPatches {

  /**
   * No move or copy operations, which are hard to read in a history; replace operations carry the
   * old value as {@code fromValue} and remove operations keep {@code value}, extra members RFC 6902
   * §4 tells appliers to ignore.
   */
  private static final EnumSet<DiffFlags> FLAGS =
      EnumSet.of(
          DiffFlags.OMIT_MOVE_OPERATION,
          DiffFlags.OMIT_COPY_OPERATION,
          DiffFlags.ADD_ORIGINAL_VALUE_ON_REPLACE);

  private JsonPatches() {}

  public static JsonNode diff(JsonNode before, JsonNode after) {
    return JsonDiff.asJson(orEmpty(before), orEmpty(after), FLAGS);
  }

  /** {@code document} with {@code patch} applied; the document itself is left as it is. */
  public static JsonNode apply(JsonNode patch, JsonNode document) {
    return JsonPatch.apply(patch, orEmpty(document));
  }

  private static JsonNode orEmpty(JsonNode node) {
    return node == null || node.isMissingNode() ? JsonNodeFactory.instance.objectNode() : node;
  }
}
