package org.keuzevrij.browse;

import org.keuzevrij.web.Problems;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import java.util.List;
import java.util.Optional;
import org.keuzevrij.browse.CatalogueQuery;
import org.keuzevrij.browse.InvalidQueryException;
import org.keuzevrij.catalogue.Entity;
import org.keuzevrij.catalogue.Kind;
import org.keuzevrij.catalogue.derived.Snapshot;
import org.keuzevrij.catalogue.derived.SnapshotHolder;

/** The read side of the versioned JSON API: {@code /api/v1/{kind}} and {@code /api/v1/{kind}/{id}}. */
public final class CatalogueApi {

  public static final String PREFIX = "/api/v1";

  private final SnapshotHolder snapshots;

  public CatalogueApi(SnapshotHolder snapshots) {
    this.snapshots = snapshots;
  }

  public void mount(Router router) {
    router.get(PREFIX + "/catalogue/version").handler(this::version);
    router.get(PREFIX + "/:kind").handler(this::list);
    router.get(PREFIX + "/:kind/:id").handler(this::detail);
  }

  private void version(RoutingContext ctx) {
    Snapshot snapshot = snapshots.get();
    ObjectNode body = JsonNodeFactory.instance.objectNode().put("version", snapshot.catalogue().version());
    ObjectNode counts = body.putObject("counts");
    for (Kind kind : Kind.values()) {
      counts.put(kind.folder(), snapshot.catalogue().size(kind));
    }
    JsonResponses.send(ctx, body);
  }

  private void list(RoutingContext ctx) {
    Optional<Kind> kind = kind(ctx);
    if (kind.isEmpty()) {
      return;
    }
    CatalogueQuery query;
    try {
      query = CatalogueQuery.from(ctx.request()::getParam);
    } catch (InvalidQueryException e) {
      Problems.invalidParameter(ctx, e.parameter(), e.getMessage());
      return;
    }
    Snapshot snapshot = snapshots.get();
    List<Entity> entities = query.apply(kind.get(), snapshot);
    ObjectNode body = JsonNodeFactory.instance.objectNode()
        .put("catalogueVersion", snapshot.catalogue().version())
        .put("count", entities.size());
    ArrayNode items = body.putArray("items");
    entities.forEach(entity -> items.add(snapshot.representation(entity)));
    JsonResponses.send(ctx, body);
  }

  private void detail(RoutingContext ctx) {
    Optional<Kind> kind = kind(ctx);
    if (kind.isEmpty()) {
      return;
    }
    Snapshot snapshot = snapshots.get();
    String id = ctx.pathParam("id");
    Optional<Entity> entity = snapshot.catalogue().find(kind.get(), id);
    if (entity.isEmpty()) {
      Problems.notFound(ctx, "There is no " + kind.get().singular() + " with id \"" + id + "\".");
      return;
    }
    // No catalogue version in the body: an edit elsewhere must not change this entity's ETag.
    JsonResponses.send(ctx, snapshot.representation(entity.get()));
  }

  /** The kind named in the path, or a 404 problem already sent. */
  public static Optional<Kind> kind(RoutingContext ctx) {
    Optional<Kind> kind = Kind.fromFolder(ctx.pathParam("kind"));
    if (kind.isEmpty()) {
      Problems.notFound(ctx, "There is no collection \"" + ctx.pathParam("kind")
          + "\"; try suppliers, models, offerings, usecases or profiles.");
    }
    return kind;
  }
}
