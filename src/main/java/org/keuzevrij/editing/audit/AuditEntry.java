package org.keuzevrij.editing.audit;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.keuzevrij.catalogue.Kind;

/**
 * One accepted change to one entity, as a line of the audit log.
 *
 * @param user who made it: a user name, or the admin who reloaded the catalogue for edits made
 *     outside the app
 * @param via how it came in: {@code api}, {@code page} or {@code reload}
 * @param etagBefore the entity's ETag before the change; null for a create
 * @param etagAfter the entity's ETag after it; null for a delete
 * @param patch the change as an RFC 6902 JSON Patch from the old file content to the new (the empty
 *     object when absent)
 * @param changes the same change value by value, for people to read; empty for creates and deletes
 * @param digestBefore {@link ContentDigest} of the old content, null for a create; with {@code
 *     digestAfter} it tells, after a crash, whether the entity's file already holds the change
 * @param digestAfter {@link ContentDigest} of the new content, null for a delete
 */
public record AuditEntry(
    Instant time,
    String user,
    String via,
    Kind kind,
    String id,
    Action action,
    String etagBefore,
    String etagAfter,
    JsonNode patch,
    List<FieldChange> changes,
    String digestBefore,
    String digestAfter) {

  public AuditEntry {
    changes = List.copyOf(changes);
  }

  /** The entry for a change from {@code before} to {@code after}, either of which may be null. */
  public static AuditEntry of(
      Instant time,
      String user,
      String via,
      Kind kind,
      String id,
      JsonNode before,
      String etagBefore,
      JsonNode after,
      String etagAfter) {
    Action action = before == null ? Action.CREATE : after == null ? Action.DELETE : Action.UPDATE;
    List<FieldChange> changes =
        action == Action.UPDATE ? FieldChange.between(before, after) : List.of();
    return new AuditEntry(
        time,
        user,
        via,
        kind,
        id,
        action,
        etagBefore,
        etagAfter,
        JsonPatches.diff(before, after),
        changes,
        ContentDigest.of(before),
        ContentDigest.of(after));
  }

  public ObjectNode toJson() {
    ObjectNode json =
        JsonNodeFactory.instance
            .objectNode()
            .put("time", time.toString())
            .put("user", user)
            .put("via", via)
            .put("kind", kind.folder())
            .put("id", id)
            .put("action", action.code())
            .put("etagBefore", etagBefore)
            .put("etagAfter", etagAfter)
            .put("digestBefore", digestBefore)
            .put("digestAfter", digestAfter);
    json.set("patch", patch);
    ArrayNode list = json.putArray("changes");
    for (FieldChange change : changes) {
      ObjectNode item = list.addObject().put("path", change.pointer());
      item.set("before", change.before());
      item.set("after", change.after());
    }
    return json;
  }

  public static AuditEntry fromJson(JsonNode json) {
    List<FieldChange> changes = new ArrayList<>();
    for (JsonNode item : json.path("changes")) {
      changes.add(
          new FieldChange(
              item.path("path").asText(), present(item.get("before")), present(item.get("after"))));
    }
    Kind kind =
        Kind.fromFolder(json.path("kind").asText())
            .orElseThrow(() -> new IllegalArgumentException("unknown kind " + json.path("kind")));
    return new AuditEntry(
        Instant.parse(json.path("time").asText()),
        json.path("user").asText(),
        json.path("via").asText(),
        kind,
        json.path("id").asText(),
        Action.fromCode(json.path("action").asText()),
        json.path("etagBefore").textValue(),
        json.path("etagAfter").textValue(),
        json.path("patch"),
        changes,
        json.path("digestBefore").textValue(),
        json.path("digestAfter").textValue());
  }

  private static JsonNode present(JsonNode node) {
    return node == null || node.isNull() ? null : node;
  }
}
