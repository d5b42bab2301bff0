package org.keuzevrij.browse;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.keuzevrij.catalogue.derived.Snapshot;

/**
 * Answers kept for the snapshot they were made from: a snapshot never changes, so what was made
 * from it stays right until an edit or reload brings the next one, which starts afresh.
 */
final class PerSnapshot<K, V> {

  private record Kept<K, V>(Snapshot snapshot, Map<K, V> values) {}

  private volatile Kept<K, V> kept;

  /** The answers kept for {@code snapshot}; empty when it is newer than the last one asked for. */
  Map<K, V> of(Snapshot snapshot) {
    Kept<K, V> current = kept;
    if (current == null || current.snapshot() != snapshot) {
      current = new Kept<>(snapshot, new ConcurrentHashMap<>());
      kept = current;
    }
    return current.values();
  }
}
