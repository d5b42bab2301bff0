package org.keuzevrij.editing;

import io.vertx.core.Future;
import io.vertx.core.Vertx;
import io.vertx.ext.web.RoutingContext;
import java.util.HashMap;
import java.util.Map;
import org.keuzevrij.browse.EntityExtrasView;
import org.keuzevrij.browse.ValueFormatter;
import org.keuzevrij.catalogue.Entity;
import org.keuzevrij.editing.audit.AuditLog;
import org.keuzevrij.web.access.Caller;
import org.keuzevrij.web.access.Role;
import org.keuzevrij.web.access.Sessions;

/**
 * What editing adds to an entity's page: its change history for everyone, an edit link for editors
 * only, and the "saved" notice after an edit.
 */
public final class EntityHistoryView implements EntityExtrasView {

  /** Session key for a one-time notice shown on the next page, such as "saved". */
  static final String NOTICE = "notice";

  private final AuditLog audit;
  private final FormSchema schema;
  private final Vertx vertx;

  public EntityHistoryView(AuditLog audit, FormSchema schema, Vertx vertx) {
    this.audit = audit;
    this.schema = schema;
    this.vertx = vertx;
  }

  @Override
  public Future<Map<String, Object>> of(RoutingContext ctx, Entity entity, ValueFormatter format) {
    Map<String, Object> extras = new HashMap<>();
    if (Caller.may(ctx, Role.EDITOR) && FormSchema.editable(entity.kind())) {
      extras.put("editHref", EditPages.editPath(entity.kind(), entity.id()));
    }
    Sessions.existing(ctx)
        .map(session -> session.<String>remove(NOTICE))
        .ifPresent(key -> extras.put("notice", format.text(key)));
    HistoryView view = new HistoryView(new ChangeDescriber(schema, format), format);
    return vertx
        .executeBlocking(() -> audit.history(entity.kind(), entity.id()), false)
        .map(
            entries -> {
              extras.put("history", view.of(entity.kind(), entries));
              extras.put("historyOlder", Math.max(0, entries.size() - HistoryView.SHOWN));
              extras.put(
                  "historyApi",
                  "/api/v1/" + entity.kind().folder() + "/" + entity.id() + "/history");
              return extras;
            });
  }
}
