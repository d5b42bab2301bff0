package org.keuzevrij.browse;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.vertx.ext.web.RoutingContext;
import java.util.Collection;
import java.util.Optional;
import org.keuzevrij.catalogue.CanonicalJson;
import org.keuzevrij.catalogue.Entity;
import org.keuzevrij.catalogue.Kind;
import org.keuzevrij.catalogue.derived.Snapshot;
import org.keuzevrij.catalogue.derived.SnapshotHolder;
import org.keuzevrij.web.InvalidInput;
import org.keuzevrij.web.JsonResponses;

/**
 * The read side of the versioned JSON API: {@code /api/v1/{kind}} and {@code /api/v1/{kind}/{id}}.
 */
public final class CatalogueApi {

  public static final String PREFIX = "/api/v1";

  private final SnapshotHolder snapshots;

  /** The unfiltered list of each kind, written once for the snapshot it belongs to. */
  private final PerSnapshot<Kind, JsonResponses.Tagged> lists = new PerSnapshot<>();

  /**
   * Each entity as written for the snapshot, by "kind/id": writing it with its derived facts was
   * most of an entity read's cost. Filled as entities are asked for, so at most the whole catalogue
   * once more in JSON.
   */
  private final PerSnapshot<String, byte[]> details = new PerSnapshot<>();

  public CatalogueApi(SnapshotHolder snapshots) {
    this.snapshots = snapshots;
  }

  public void version(RoutingContext ctx) {
    Snapshot snapshot = snapshots.get();
    ObjectNode body =
        JsonNodeFactory.instance.objectNode().put("version", snapshot.catalogue().version());
    ObjectNode counts = body.putObject("counts");
    for (Kind kind : Kind.values()) {
      counts.put(kind.folder(), snapshot.catalogue().size(kind));
    }
    JsonResponses.send(ctx, CanonicalJson.compact(body));
  }

  public void list(RoutingContext ctx) {
    Kind kind = kind(ctx);
    CatalogueQuery query = CatalogueQuery.from(ctx.request()::getParam);
    Snapshot snapshot = snapshots.get();
    if (!query.filters()) {
      JsonResponses.send(ctx, unfiltered(snapshot, kind));
      return;
    }
    JsonResponses.send(ctx, listing(snapshot, query.apply(kind, snapshot)));
  }

  /**
   * The whole list of a kind, written once per snapshot: it is what API clients fetch most, and
   * writing every entity with its derived facts, and hashing it for its ETag, are the costly parts
   * of answering it. One list per kind, dropped with the snapshot.
   */
  private JsonResponses.Tagged unfiltered(Snapshot snapshot, Kind kind) {
    return lists
        .of(snapshot)
        .computeIfAbsent(
            kind, k -> JsonResponses.Tagged.of(listing(snapshot, snapshot.catalogue().all(k))));
  }

  private static byte[] listing(Snapshot snapshot, Collection<Entity> entities) {
    ObjectNode body =
        JsonNodeFactory.instance
            .objectNode()
            .put("catalogueVersion", snapshot.catalogue().version())
            .put("count", entities.size());
    ArrayNode items = body.putArray("items");
    entities.forEach(entity -> items.add(snapshot.representation(entity)));
    return CanonicalJson.compact(body);
  }

  public void detail(RoutingContext ctx) {
    Kind kind = kind(ctx);
    Snapshot snapshot = snapshots.get();
    String id = ctx.pathParam("id");
    Optional<Entity> entity = snapshot.catalogue().find(kind, id);
    if (entity.isEmpty()) {
      throw new InvalidInput(404, "There is no " + kind.singular() + " with id \"" + id + "\".");
    }
    // No catalogue version in the body: an edit elsewhere must not change this entity's ETag.
    byte[] body =
        details
            .of(snapshot)
            .computeIfAbsent(
                kind.folder() + "/" + id,
                k -> CanonicalJson.compact(snapshot.representation(entity.get())));
    JsonResponses.send(ctx, body);
  }

  /** The kind named in the path; a collection that does not exist is a 404. */
  public static Kind kind(RoutingContext ctx) {
    return Kind.fromFolder(ctx.pathParam("kind"))
        .orElseThrow(
            () ->
                new InvalidInput(
                    404,
                    "There is no collection \""
                        + ctx.pathParam("kind")
                        + "\"; try suppliers, models, offerings, usecases or profiles."));
  }
}
