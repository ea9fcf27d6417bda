package dev.vigil.collect;

import dev.vigil.snapshot.Gap;
import dev.vigil.snapshot.Manifest;
import dev.vigil.snapshot.SnapshotWriter;
import java.util.List;

/**
 * Collects several clouds into one snapshot, one after the other: each cloud brings its own parallelism, and a
 * cloud that cannot even be discovered becomes a gap (named {@code *}) while the others are still collected;
 * a single cloud's discovery error is thrown as it is.
 */
public final class MultiCloudCollection {
    private final List<ProviderCollection> clouds;

    public MultiCloudCollection(List<ProviderCollection> clouds) {
        this.clouds = List.copyOf(clouds);
    }

    public Manifest run(SnapshotWriter writer) {
        for (ProviderCollection cloud : clouds) {
            if (clouds.size() == 1) {
                cloud.collect(writer);
                continue;
            }
            try {
                cloud.collect(writer);
            } catch (RuntimeException e) {
                writer.addGaps(List.of(new Gap(cloud.provider(), "*", Gap.GLOBAL, "discovery", "Discover",
                        e.getClass().getSimpleName(), String.valueOf(e.getMessage()), SnapshotWriter.now())));
            }
        }
        return writer.finish();
    }
}
