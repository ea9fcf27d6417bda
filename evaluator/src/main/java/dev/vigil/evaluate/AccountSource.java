package dev.vigil.evaluate;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.vigil.snapshot.OrgTree;
import dev.vigil.snapshot.SnapshotJson;
import dev.vigil.snapshot.SnapshotReader;
import dev.vigil.snapshot.Target;
import dev.vigil.snapshot.TargetStatus;
import dev.vigil.snapshot.UnknownInput;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * One account to judge and where its records are: its own data files, read only by {@link #readRecords()} when the
 * account's turn comes, so a run holds the records of the accounts being evaluated and no others; and the few records
 * filed under another account (the management account collects every member's costs), found by a first pass over
 * the account ids alone and kept here until this account is judged.
 */
final class AccountSource {
    private final OrgIndex orgs;
    private final AccountContext context;
    private final List<Target> targets = new ArrayList<>();
    private final List<SnapshotReader> readers = new ArrayList<>();
    private final List<JsonNode> filedElsewhere = new ArrayList<>();

    private AccountSource(OrgIndex orgs, AccountContext context) {
        this.orgs = orgs;
        this.context = context;
    }

    /**
     * The collected (COMPLETE or PARTIAL) accounts of the snapshots in manifest order (shards of one account merge),
     * then any account only another account's files hold records of.
     */
    static Collection<AccountSource> of(List<SnapshotReader> snapshots, OrgIndex orgs) {
        Map<String, AccountSource> accounts = new LinkedHashMap<>();
        for (SnapshotReader snapshot : snapshots) {
            for (Target t : snapshot.manifest().targets()) {
                if (t.status() == TargetStatus.COMPLETE || t.status() == TargetStatus.PARTIAL) {
                    AccountSource a = accounts.computeIfAbsent(t.key(),
                            k -> new AccountSource(orgs, orgs.account(t.provider(), t.accountId())));
                    a.targets.add(t);
                    a.readers.add(snapshot);
                }
            }
        }
        for (AccountSource a : List.copyOf(accounts.values())) {
            a.handOverRecordsFiledHere(accounts);
        }
        return accounts.values();
    }

    /** Moves the records of other accounts in this account's files to their own account. */
    private void handOverRecordsFiledHere(Map<String, AccountSource> accounts) {
        for (int i = 0; i < targets.size(); i++) {
            Target t = targets.get(i);
            if (t.file() == null || !holdsOtherAccounts(readers.get(i), t)) {
                continue;
            }
            readers.get(i).read(t, r -> {
                if (!isOwn(r.provider(), r.accountId())) {
                    accounts.computeIfAbsent(r.provider() + "/" + r.accountId(),
                            k -> new AccountSource(orgs, orgs.account(r.provider(), r.accountId())))
                            .filedElsewhere.add(SnapshotJson.mapper().valueToTree(r));
                }
            });
        }
    }

    private boolean holdsOtherAccounts(SnapshotReader reader, Target t) {
        boolean[] other = {false};
        reader.forEachAccountId(t, id -> other[0] |= !context.id().equals(id));
        return other[0];
    }

    private boolean isOwn(String provider, String accountId) {
        return context.provider().equals(provider) && context.id().equals(accountId);
    }

    AccountContext context() {
        return context;
    }

    String key() {
        return context.provider() + "/" + context.id();
    }

    /** The synthetic account resource, every record of the account's data files, then its records filed elsewhere. */
    List<JsonNode> readRecords() {
        List<JsonNode> records = new ArrayList<>();
        for (int i = 0; i < targets.size() && !orgs.isDirectory(context.provider(), context.id()); i++) {
            records.add(accountResource());
        }
        for (int i = 0; i < targets.size(); i++) {
            if (targets.get(i).file() != null) {
                readers.get(i).read(targets.get(i), r -> {
                    if (isOwn(r.provider(), r.accountId())) {
                        records.add(SnapshotJson.mapper().valueToTree(r));
                    }
                });
            }
        }
        records.addAll(filedElsewhere);
        return records;
    }

    private ObjectNode accountResource() {
        String provider = context.provider();
        String id = context.id();
        ObjectNode resource = context.toAccountResource(orgs.accountUid(provider, id));
        JsonNode org = orgs.orgOf(provider, id);
        if (org != null) {
            // the account's own tags come from the org tree: unread there, unknown here
            for (JsonNode u : org.path("unknown")) {
                if (OrgTree.ACCOUNT_TAGS.equals(u.path("attribute").asText())) {
                    resource.withArray("unknown").add(((ObjectNode) u.deepCopy()).put("attribute", UnknownInput.TAGS));
                }
            }
        }
        return resource;
    }
}
