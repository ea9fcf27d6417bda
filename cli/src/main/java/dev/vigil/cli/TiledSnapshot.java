package dev.vigil.cli;

import dev.vigil.snapshot.Gap;
import dev.vigil.snapshot.Manifest;
import dev.vigil.snapshot.OrgAccount;
import dev.vigil.snapshot.OrgTree;
import dev.vigil.snapshot.ResourceRecord;
import dev.vigil.snapshot.SnapshotJson;
import dev.vigil.snapshot.SnapshotReader;
import dev.vigil.snapshot.SnapshotWriter;
import dev.vigil.snapshot.Target;
import dev.vigil.snapshot.TargetFile;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * For benchmarks: a snapshot of {@code accounts} accounts made by repeating the collected accounts of a smaller one,
 * each copy under a new account id (every occurrence of the old id in its records is replaced), listed in the same
 * org tree. Evaluating it costs what evaluating that many real accounts of the same shape costs.
 */
final class TiledSnapshot {
    private TiledSnapshot() {}

    static Manifest write(SnapshotReader template, int accounts, Path dir) {
        Manifest m = template.manifest();
        List<Target> sources = template.collectedTargets();
        if (sources.isEmpty()) {
            throw new IllegalArgumentException(template.dir() + " has no collected account to repeat");
        }
        Set<String> taken = m.targets().stream().map(Target::accountId).collect(Collectors.toSet());
        SnapshotWriter writer = SnapshotWriter.create(dir, Main.VERSION);
        List<OrgAccount> orgAccounts = new ArrayList<>();
        List<Target> pending = new ArrayList<>();
        List<String[]> copies = new ArrayList<>();
        for (int i = 0; i < accounts; i++) {
            Target source = sources.get(i % sources.size());
            String id = i < sources.size() ? source.accountId() : newId(i, taken);
            copies.add(new String[] {source.accountId(), id});
            pending.add(Target.pending(source.provider(), id, source.name() + (id.equals(source.accountId()) ? "" : "-" + i)));
        }
        for (OrgTree org : m.orgs()) {
            for (String[] copy : copies) {
                org.accounts().stream().filter(a -> a.id().equals(copy[0])).findFirst()
                        .ifPresent(a -> orgAccounts.add(copy[0].equals(copy[1]) ? a : new OrgAccount(copy[1],
                                a.name() + "-" + copy[1], copy[1] + "-" + a.email(), a.status(),
                                a.arn() == null ? null : a.arn().replace(copy[0], copy[1]), a.parentId(),
                                a.joinedAt(), a.tags())));
            }
            writer.addOrg(new OrgTree(org.provider(), org.id(), org.arn(), org.managementAccountId(), org.rootId(),
                    org.ous(), orgAccounts, org.policies(), org.unknown()));
            orgAccounts.clear();
        }
        writer.declareTargets(pending);
        for (int i = 0; i < accounts; i++) {
            Target source = sources.get(i % sources.size());
            String from = copies.get(i)[0];
            String to = copies.get(i)[1];
            Target started = Target.started(source.provider(), to, pending.get(i).name());
            TargetFile file = writer.openTarget(source.provider(), to);
            // a record of another account (the management account's view of a member's costs) moves with its tile
            int tile = i / sources.size() * sources.size();
            template.read(source, r -> {
                String owner = r.accountId().equals(from) ? to : tileId(copies, tile, r.accountId());
                file.write(owner.equals(r.accountId()) ? r : retarget(r, r.accountId(), owner));
            });
            List<Gap> gaps = m.gaps().stream().filter(g -> g.accountId().equals(from))
                    .map(g -> new Gap(g.provider(), to, g.region(), g.service(), g.operation(), g.errorCode(),
                            g.message(), g.at(), g.resourceTypes())).toList();
            writer.completeTarget(started, file, gaps, 0);
        }
        return writer.finish();
    }

    /** The id the template account {@code id} has in the tile starting at copy {@code tile}. */
    private static String tileId(List<String[]> copies, int tile, String id) {
        for (int j = 0; j < copies.size() && tile + j < copies.size(); j++) {
            if (copies.get(j)[0].equals(id)) {
                return copies.get(tile + j)[1];
            }
        }
        return id;
    }

    private static ResourceRecord retarget(ResourceRecord r, String from, String to) {
        try {
            String json = SnapshotJson.mapper().writeValueAsString(r).replace(from, to);
            return SnapshotJson.mapper().readValue(json, ResourceRecord.class);
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    /** A 12-digit id no template account has. */
    private static String newId(int i, Set<String> taken) {
        for (long n = 900_000_000_000L + i; ; n += 1_000_000) {
            String id = Long.toString(n);
            if (!taken.contains(id)) {
                return id;
            }
        }
    }
}
