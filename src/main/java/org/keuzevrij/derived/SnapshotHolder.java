package org.keuzevrij.derived;

import java.util.concurrent.atomic.AtomicReference;

/** The snapshot every request reads. Readers take one snapshot per request, so a reload never mixes two versions. */
public final class SnapshotHolder {

  private final AtomicReference<Snapshot> current;

  public SnapshotHolder(Snapshot initial) {
    this.current = new AtomicReference<>(initial);
  }

  public Snapshot get() {
    return current.get();
  }

  public void replace(Snapshot snapshot) {
    current.set(snapshot);
  }
}
