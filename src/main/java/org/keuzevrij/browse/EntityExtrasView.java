package org.keuzevrij.browse;

import io.vertx.core.Future;
import io.vertx.ext.web.RoutingContext;
import java.util.Map;
import org.keuzevrij.catalogue.Entity;

/**
 * More for an entity's page than the catalogue holds, such as its change history and, for editors,
 * an edit link; merged into the page model. It may read from disk, so it answers with a future.
 */
@FunctionalInterface
public interface EntityExtrasView {

  Future<Map<String, Object>> of(RoutingContext ctx, Entity entity, ValueFormatter format);
}
