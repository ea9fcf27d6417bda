package dev.vigil.collect.discover;

import dev.vigil.collect.config.VigilConfig;
import dev.vigil.snapshot.OrgAccount;
import dev.vigil.snapshot.OrgTree;
import dev.vigil.snapshot.OrgUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** Decides, account by account, whether the scan collects it or records it as SKIPPED and why. */
public final class AccountSelector {
    private final VigilConfig config;

    public AccountSelector(VigilConfig config) {
        this.config = config;
    }

    public List<PlannedAccount> plan(OrgTree org) {
        Map<String, String> parents = new HashMap<>();
        for (OrgUnit ou : org.ous()) {
            parents.put(ou.id(), ou.parentId());
        }
        List<PlannedAccount> planned = new ArrayList<>();
        for (OrgAccount account : org.accounts()) {
            List<String> path = path(account.parentId(), parents);
            planned.add(new PlannedAccount(account.id(), account.name(),
                    account.id().equals(org.managementAccountId()), reason(account, path)));
        }
        return planned;
    }

    /** OU ids from the account's parent up to the root. */
    private static List<String> path(String parent, Map<String, String> parents) {
        List<String> path = new ArrayList<>();
        String current = parent;
        while (current != null && path.size() < 100) {
            path.add(current);
            current = parents.get(current);
        }
        return path;
    }

    private String reason(OrgAccount account, List<String> ouPath) {
        if (!"ACTIVE".equals(account.status())) {
            return "account status " + account.status();
        }
        var ids = config.accounts();
        if (!ids.include().isEmpty() && !ids.include().contains(account.id())) {
            return "excluded by filter: account not in accounts.include";
        }
        if (ids.exclude().contains(account.id())) {
            return "excluded by filter: accounts.exclude";
        }
        var ous = config.ous();
        if (!ous.include().isEmpty() && ous.include().stream().noneMatch(ouPath::contains)) {
            return "excluded by filter: not under any OU of ous.include";
        }
        for (String ou : ous.exclude()) {
            if (ouPath.contains(ou)) {
                return "excluded by filter: under " + ou + " (ous.exclude)";
            }
        }
        if (!config.accountTags().includes(account.tags())) {
            return "excluded by filter: no tag of account_tags.include";
        }
        if (config.accountTags().excludes(account.tags())) {
            return "excluded by filter: a tag of account_tags.exclude";
        }
        return null;
    }
}
