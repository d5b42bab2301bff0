package org.keuzevrij.derived;

import java.util.concurrent.atomic.AtomicReference;

/** The snapshot every request reads. Readers take one snapshot per request, so a reload never mixes two versions. */
public final class SnapshotHolder {

  private final AtomicReference<Snapshot> current;

  public SnapshotHolder(Snapshot initial) {
    this.current = new AtomicReference<>(initial);
  }

  /** Empty until the first {@link #replace}; for building the server while the catalogue is still loading. */
  public SnapshotHolder() {
    this(null);
  }

  public Snapshot get() {
    return current.get();
  }

  public void replace(Snapshot snapshot) {
    current.set(snapshot);
  }
}
