package org.keuzevrij.catalogue.derived;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Consumer;

/**
 * The snapshot every request reads. Readers take one snapshot per request, so a reload never mixes
 * two versions.
 */
public final class SnapshotHolder {

  private final AtomicReference<Snapshot> current;
  private final List<Consumer<Snapshot>> listeners = new CopyOnWriteArrayList<>();

  public SnapshotHolder(Snapshot initial) {
    this.current = new AtomicReference<>(initial);
  }

  /**
   * Empty until the first {@link #replace}; for building the server while the catalogue is still
   * loading.
   */
  public SnapshotHolder() {
    this(null);
  }

  public Snapshot get() {
    return current.get();
  }

  public void replace(Snapshot snapshot) {
    current.set(snapshot);
    for (Consumer<Snapshot> listener : listeners) {
      listener.accept(snapshot);
    }
  }

  /**
   * Tells {@code listener} about every snapshot from now on, the current one first if there is one.
   * Listeners run on the replacing thread, so they only hand work elsewhere.
   */
  public void onReplace(Consumer<Snapshot> listener) {
    listeners.add(listener);
    Snapshot now = current.get();
    if (now != null) {
      listener.accept(now);
    }
  }
}
