package dev.vigil.snapshot;

import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/** {@code manifest.json}: the index of a snapshot. */
public record Manifest(
        String format,
        int formatVersion,
        String scanId,
        String toolVersion,
        String startedAt,
        String finishedAt,
        SnapshotStatus status,
        List<OrgTree> orgs,
        List<Target> targets,
        List<Gap> gaps,
        Map<String, String> files) {

    public static final String FORMAT = "vigil-snapshot";
    public static final int VERSION = 2;
    /** Version 1 had no {@code unknown} inputs on records and org trees and no {@code resource_types} on gaps. */
    public static final int OLDEST_READABLE = 1;

    public Manifest {
        orgs = orgs == null ? List.of() : List.copyOf(orgs);
        targets = targets == null ? List.of() : List.copyOf(targets);
        gaps = gaps == null ? List.of() : List.copyOf(gaps);
        files = files == null ? Map.of() : java.util.Collections.unmodifiableMap(new TreeMap<>(files));
    }

    /** The status a finished snapshot has given its targets. */
    public static SnapshotStatus statusOf(List<Target> targets) {
        for (Target t : targets) {
            if (t.status() != TargetStatus.COMPLETE && t.status() != TargetStatus.SKIPPED) {
                return SnapshotStatus.PARTIAL;
            }
        }
        return SnapshotStatus.COMPLETE;
    }
}
