package dev.vigil.collect;

import dev.vigil.snapshot.SnapshotWriter;

/**
 * One cloud's part of a collection run: discovers its organization, adds its org tree, targets, records and
 * gaps to the shared snapshot, and returns without finishing it (the run finishes it once, after every cloud).
 */
public interface ProviderCollection {

    /** {@code aws}, {@code gcp} or {@code azure}: the snapshot's provider name. */
    String provider();

    void collect(SnapshotWriter writer);
}
