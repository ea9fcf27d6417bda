package dev.vigil.collect;

import dev.vigil.snapshot.Target;

/** Told how the collection advances; the CLI draws a progress bar or prints log lines. */
public interface ProgressListener {
    ProgressListener NONE = new ProgressListener() { };

    default void discovered(int toCollect, int skipped, int alreadyDone) { }

    default void targetDone(Target target) { }
}
