package dev.vigil.evaluate;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The org trees of a snapshot's manifest, indexed by account: OU paths, tags, management account. */
public final class OrgIndex {
    private final Map<String, JsonNode> orgByProvider = new LinkedHashMap<>();
    private final Map<String, AccountContext> accounts = new LinkedHashMap<>();
    private final Map<String, String> accountUids = new HashMap<>();
    private final Map<String, JsonNode> orgByAccount = new HashMap<>();
    private final java.util.Set<String> directories = new java.util.HashSet<>();

    public OrgIndex(JsonNode manifest) {
        for (JsonNode org : manifest.path("orgs")) {
            String provider = org.path("provider").asText();
            orgByProvider.putIfAbsent(provider, org);
            directories.add(key(provider, org.path("id").asText()));
            index(provider, org);
        }
    }

    private void index(String provider, JsonNode org) {
        Map<String, String> parentOf = new HashMap<>();
        Map<String, String> nameOf = new HashMap<>();
        String rootId = org.path("root_id").asText(null);
        if (rootId != null) {
            nameOf.put(rootId, "Root");
        }
        for (JsonNode ou : org.path("ous")) {
            parentOf.put(ou.path("id").asText(), ou.path("parent_id").asText(null));
            nameOf.put(ou.path("id").asText(), ou.path("name").asText());
        }
        String management = org.path("management_account_id").asText("");
        for (JsonNode a : org.path("accounts")) {
            String id = a.path("id").asText();
            String parent = a.path("parent_id").asText(null);
            List<String> path = new ArrayList<>();
            for (String p = parent; p != null && path.size() < 64; p = parentOf.get(p)) {
                path.add(p);
            }
            Collections.reverse(path);
            List<String> names = path.stream().map(p -> nameOf.getOrDefault(p, p)).toList();
            Map<String, String> tags = new LinkedHashMap<>();
            a.path("tags").fields().forEachRemaining(e -> tags.put(e.getKey(), e.getValue().asText()));
            accounts.put(key(provider, id), new AccountContext(provider, id, a.path("name").asText(id),
                    a.path("email").asText(""), a.path("status").asText("ACTIVE"), parent, path, names, tags,
                    id.equals(management)));
            accountUids.put(key(provider, id), a.path("arn").asText(defaultUid(provider, id)));
            orgByAccount.put(key(provider, id), org);
        }
    }

    /** The first org tree of a provider (a run may hold several: AWS organizations, GCP organizations, tenants). */
    public JsonNode org(String provider) {
        return orgByProvider.get(provider);
    }

    /** The org tree that lists the account; for an account no tree lists (single account), the provider's first. */
    public JsonNode orgOf(String provider, String accountId) {
        return orgByAccount.getOrDefault(key(provider, accountId), orgByProvider.get(provider));
    }

    /** A key naming the org tree of an account: accounts of the same tree share policy engines and data. */
    public String orgKey(String provider, String accountId) {
        JsonNode org = orgOf(provider, accountId);
        return provider + "/" + (org == null ? "" : org.path("id").asText());
    }

    public List<String> providers() {
        return List.copyOf(orgByProvider.keySet());
    }

    /**
     * A target named after an org tree rather than an account: the tree's own directory (an Azure tenant's Entra ID
     * data). It has no synthetic account resource; only checks of directory resource types apply to it.
     */
    public boolean isDirectory(String provider, String id) {
        return directories.contains(key(provider, id));
    }

    public AccountContext account(String provider, String id) {
        return accounts.computeIfAbsent(key(provider, id), k -> AccountContext.standalone(provider, id));
    }

    public String accountUid(String provider, String id) {
        return accountUids.getOrDefault(key(provider, id), defaultUid(provider, id));
    }

    public List<AccountContext> accounts() {
        return List.copyOf(accounts.values());
    }

    private static String defaultUid(String provider, String id) {
        return switch (provider) {
            case "aws" -> "arn:aws:iam::" + id + ":root";
            case "gcp" -> "//cloudresourcemanager.googleapis.com/projects/" + id;
            case "azure" -> "/subscriptions/" + id;
            default -> provider + ":" + id;
        };
    }

    private static String key(String provider, String id) {
        return provider + "/" + id;
    }
}
