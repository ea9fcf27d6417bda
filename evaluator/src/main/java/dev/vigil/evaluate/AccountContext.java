package dev.vigil.evaluate;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import java.util.Map;

/** What a policy knows about the account a resource lives in ({@code input.account}). */
public record AccountContext(String provider, String id, String name, String email, String status,
                             String parentId, List<String> ouPath, List<String> ouPathNames,
                             Map<String, String> tags, boolean managementAccount) {

    public AccountContext {
        ouPath = List.copyOf(ouPath);
        ouPathNames = List.copyOf(ouPathNames);
        tags = Map.copyOf(tags);
    }

    public static AccountContext standalone(String provider, String id) {
        return new AccountContext(provider, id, id, "", "ACTIVE", null, List.of(), List.of(), Map.of(), false);
    }

    public ObjectNode toInputJson() {
        JsonNodeFactory f = JsonNodeFactory.instance;
        ObjectNode o = f.objectNode();
        o.put("id", id);
        o.put("name", name);
        o.put("email", email);
        o.put("status", status);
        o.put("parent_id", parentId);
        var path = o.putArray("ou_path");
        ouPath.forEach(path::add);
        var pathNames = o.putArray("ou_path_names");
        ouPathNames.forEach(pathNames::add);
        ObjectNode t = o.putObject("tags");
        tags.forEach(t::put);
        o.put("is_management_account", managementAccount);
        return o;
    }

    /** The synthetic {@code <provider>.account} resource policies judge org-level and account-level checks on. */
    public ObjectNode toAccountResource(String uid) {
        JsonNodeFactory f = JsonNodeFactory.instance;
        ObjectNode r = f.objectNode();
        r.put("provider", provider);
        r.put("account_id", id);
        r.put("region", "global");
        r.put("service", "account");
        r.put("type", provider + ".account");
        r.put("id", id);
        r.put("uid", uid);
        r.put("name", name);
        ObjectNode t = r.putObject("tags");
        tags.forEach(t::put);
        ObjectNode a = r.putObject("attributes");
        a.put("Name", name);
        a.put("Email", email);
        a.put("Status", status);
        a.put("ParentId", parentId);
        var path = a.putArray("OuPath");
        ouPath.forEach(path::add);
        var pn = a.putArray("OuPathNames");
        ouPathNames.forEach(pn::add);
        a.put("IsManagementAccount", managementAccount);
        return r;
    }

}
