package org.keuzevrij.editing;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import org.keuzevrij.catalogue.Kind;
import org.keuzevrij.editing.audit.AuditEntry;

/**
 * The body of {@code GET /api/v1/{kind}/{id}/history}: the entity's audit entries, newest first.
 */
final class HistoryJson {

  private HistoryJson() {}

  static ObjectNode of(Kind kind, String id, List<AuditEntry> entries) {
    ObjectNode body =
        JsonNodeFactory.instance
            .objectNode()
            .put("kind", kind.folder())
            .put("id", id)
            .put("count", entries.size());
    ArrayNode items = body.putArray("items");
    entries.forEach(entry -> items.add(entry.toJson()));
    return body;
  }
}
