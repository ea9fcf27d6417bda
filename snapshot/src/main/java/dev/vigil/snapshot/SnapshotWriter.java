package dev.vigil.snapshot;

import com.fasterxml.jackson.core.JsonProcessingException;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;

/**
 * Writes a snapshot directory. Thread-safe: targets are written concurrently, and the manifest is
 * rewritten atomically after every target, so an interrupted run leaves a readable snapshot that
 * {@link #resume} continues.
 */
public final class SnapshotWriter {
    private final Path dir;
    private final String scanId;
    private final String toolVersion;
    private final String startedAt;
    private final Map<String, Target> targets = new LinkedHashMap<>();
    private final List<Gap> gaps = new ArrayList<>();
    private final Map<String, String> files = new TreeMap<>();
    /** How often, at most, the manifest is rewritten as targets settle (the default, one second). */
    public static final java.time.Duration DEFAULT_CHECKPOINT = java.time.Duration.ofSeconds(1);
    private long checkpointNanos = DEFAULT_CHECKPOINT.toNanos();
    private long lastWrite = Long.MIN_VALUE / 2;
    private List<OrgTree> orgs = List.of();
    private final Map<String, Target> settledOnResume;
    private boolean finished;

    private SnapshotWriter(Path dir, String scanId, String toolVersion, String startedAt, Map<String, Target> settled) {
        this.dir = dir;
        this.scanId = scanId;
        this.toolVersion = toolVersion;
        this.startedAt = startedAt;
        this.settledOnResume = settled;
    }

    /** {@code Duration.ZERO} records every settled target at once (a resume then never repeats one). */
    public synchronized SnapshotWriter checkpointEvery(java.time.Duration interval) {
        this.checkpointNanos = interval.toNanos();
        return this;
    }

    /** Starts a new snapshot in {@code dir}; refuses a directory that already holds one. */
    public static SnapshotWriter create(Path dir, String toolVersion) {
        Path manifest = dir.resolve(SnapshotReader.MANIFEST);
        if (Files.exists(manifest)) {
            throw new IllegalArgumentException(dir + " already holds a snapshot (" + manifest
                    + " exists); use --resume to continue it or choose another directory");
        }
        Instant now = Instant.now().truncatedTo(ChronoUnit.SECONDS);
        String scanId = now.toString().replace(':', '-') + "-" + UUID.randomUUID().toString().substring(0, 4);
        SnapshotWriter writer = new SnapshotWriter(dir, scanId, toolVersion, now.toString(), Map.of());
        writer.writeManifest();
        return writer;
    }

    /**
     * Continues the snapshot in {@code dir}: keeps every settled target ({@code COMPLETE}, {@code PARTIAL},
     * {@code SKIPPED}) whose file still has its recorded sha256, with its gaps, and removes stray temp files.
     */
    public static SnapshotWriter resume(Path dir, String toolVersion) {
        Manifest old = SnapshotReader.open(dir).manifest();
        try {
            AtomicFiles.removeStrayTemps(dir);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot clean " + dir + ": " + e.getMessage(), e);
        }
        Map<String, Target> settled = new LinkedHashMap<>();
        for (Target t : old.targets()) {
            if (t.status().isSettled() && fileIntact(dir, t)) {
                settled.put(t.key(), t);
            }
        }
        SnapshotWriter writer = new SnapshotWriter(dir, old.scanId(), toolVersion, old.startedAt(), settled);
        synchronized (writer) {
            writer.orgs = old.orgs();
            for (Target t : settled.values()) {
                writer.targets.put(t.key(), t);
                if (t.file() != null) {
                    writer.files.put(t.file(), t.sha256());
                }
            }
            for (Gap g : old.gaps()) {
                if (settled.containsKey(g.provider() + "/" + g.accountId())) {
                    writer.gaps.add(g);
                }
            }
            writer.writeManifest();
        }
        return writer;
    }

    private static boolean fileIntact(Path dir, Target t) {
        if (t.file() == null) {
            return t.status() == TargetStatus.SKIPPED;
        }
        try {
            Path file = new SnapshotPaths(dir).resolve(t.file());
            return Files.isRegularFile(file) && AtomicFiles.sha256(file).equals(t.sha256());
        } catch (IOException e) {
            return false;
        }
    }

    public Path dir() {
        return dir;
    }

    public String scanId() {
        return scanId;
    }

    /** True when resume found this target already collected: the caller skips it. */
    public boolean isSettled(String provider, String accountId) {
        return settledOnResume.containsKey(provider + "/" + accountId);
    }

    public synchronized void setOrgs(List<OrgTree> orgs) {
        this.orgs = List.copyOf(orgs);
        writeManifest();
    }

    /** Adds (or replaces, by provider and id) one org tree: each provider's discovery adds its own. */
    public synchronized void addOrg(OrgTree org) {
        List<OrgTree> next = new java.util.ArrayList<>();
        for (OrgTree o : orgs) {
            if (!(o.provider().equals(org.provider()) && o.id().equals(org.id()))) {
                next.add(o);
            }
        }
        next.add(org);
        this.orgs = List.copyOf(next);
        writeManifest();
    }

    /** Lists targets as PENDING (settled ones from a resumed run keep their entry). */
    public synchronized void declareTargets(Collection<Target> pending) {
        for (Target t : pending) {
            targets.putIfAbsent(t.key(), t);
        }
        checkpoint();
    }

    /** Opens the data file of a target; records go in, {@link #completeTarget} publishes it. */
    public TargetFile openTarget(String provider, String accountId) {
        return new TargetFile(dir, Target.fileFor(provider, accountId));
    }

    /** Publishes a collected target: COMPLETE without gaps, PARTIAL with. */
    public synchronized Target completeTarget(Target started, TargetFile file, List<Gap> targetGaps, int apiCalls) {
        String sha = file.commit();
        TargetStatus status = targetGaps.isEmpty() ? TargetStatus.COMPLETE : TargetStatus.PARTIAL;
        String reason = targetGaps.isEmpty() ? null : targetGaps.size() + " gap(s)";
        Target done = new Target(started.provider(), started.accountId(), started.name(), status, reason,
                file.relativePath(), sha, file.count(), apiCalls, started.startedAt(), now());
        targets.put(done.key(), done);
        files.put(done.file(), sha);
        gaps.addAll(targetGaps);
        checkpoint();
        return done;
    }

    /** Records a target that could not be collected at all; {@code reason} carries the exact error. */
    public synchronized Target failTarget(Target started, String reason, List<Gap> targetGaps, int apiCalls) {
        Target failed = new Target(started.provider(), started.accountId(), started.name(), TargetStatus.FAILED,
                reason, null, null, 0, apiCalls, started.startedAt(), now());
        targets.put(failed.key(), failed);
        gaps.addAll(targetGaps);
        checkpoint();
        return failed;
    }

    public synchronized void skipTarget(String provider, String accountId, String name, String reason) {
        Target skipped = Target.skipped(provider, accountId, name, reason);
        targets.put(skipped.key(), skipped);
        checkpoint();
    }

    /** Gaps that belong to no single target's collection (e.g. discovery). */
    public synchronized void addGaps(List<Gap> more) {
        gaps.addAll(more);
        checkpoint();
    }

    /** Writes the final manifest with {@code finished_at} and the overall status. */
    public synchronized Manifest finish() {
        finished = true;
        return writeManifest();
    }

    public synchronized Manifest manifest() {
        return build();
    }

    private Manifest build() {
        List<Target> all = List.copyOf(targets.values());
        SnapshotStatus status = finished ? Manifest.statusOf(all) : SnapshotStatus.RUNNING;
        return new Manifest(Manifest.FORMAT, Manifest.VERSION, scanId, toolVersion, startedAt,
                finished ? now() : null, status, orgs, all, gaps, files);
    }

    /**
     * Rewrites the manifest after a target settles, at most once a second: a crash loses at most a second of
     * settled targets (collected again on resume; their files are replaced atomically), and a run of thousands of
     * targets does not rewrite a growing manifest thousands of times.
     */
    private void checkpoint() {
        if (System.nanoTime() - lastWrite >= checkpointNanos) {
            writeManifest();
        }
    }

    private Manifest writeManifest() {
        lastWrite = System.nanoTime();
        Manifest manifest = build();
        try {
            byte[] json = SnapshotJson.mapper().writerWithDefaultPrettyPrinter().writeValueAsBytes(manifest);
            AtomicFiles.write(dir.resolve(SnapshotReader.MANIFEST), json);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot serialise the manifest", e);
        }
        return manifest;
    }

    public static String now() {
        return Instant.now().truncatedTo(ChronoUnit.MILLIS).toString();
    }
}
