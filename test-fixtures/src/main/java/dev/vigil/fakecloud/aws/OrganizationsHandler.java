package dev.vigil.fakecloud.aws;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.vigil.fakecloud.FakeCloudOptions;
import dev.vigil.fakecloud.org.OrgAccount;
import dev.vigil.fakecloud.org.OrgGovernance;
import dev.vigil.fakecloud.org.OrgPolicy;
import dev.vigil.fakecloud.org.OrgTree;
import dev.vigil.fakecloud.org.OrgUnit;
import dev.vigil.fakecloud.org.SyntheticOrg;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * AWS Organizations (JSON 1.1); only the management account and registered delegated administrators may read
 * beyond DescribeOrganization.
 */
public final class OrganizationsHandler implements ServiceHandler {
    private static final List<String> POLICY_TYPES = List.of("SERVICE_CONTROL_POLICY", "TAG_POLICY",
            "RESOURCE_CONTROL_POLICY");

    private final OrgTree tree;
    private final DelegatedAdministrators delegated;
    private final JsonPages pages;
    private final Map<String, String[]> targets = new HashMap<>();
    private final OrgGovernance governance;

    public OrganizationsHandler(SyntheticOrg org, DelegatedAdministrators delegated, FakeCloudOptions options) {
        this.tree = org.tree();
        this.delegated = delegated;
        this.pages = new JsonPages(options.maxPageSize());
        this.governance = OrgGovernance.of(tree);
        targets.put(tree.rootId(), new String[] {tree.rootArn(), "Root", "ROOT"});
        tree.ous().forEach(o -> targets.put(o.id(), new String[] {o.arn(), o.name(), "ORGANIZATIONAL_UNIT"}));
        tree.accounts().forEach(a -> targets.put(a.id(), new String[] {a.arn(), a.name(), "ACCOUNT"}));
    }

    @Override
    public Set<String> readOperations() {
        return Set.of("DescribeOrganization", "ListRoots", "ListOrganizationalUnitsForParent", "ListAccountsForParent",
                "ListAccounts", "ListPolicies", "DescribePolicy", "ListTargetsForPolicy", "ListTagsForResource",
                "ListChildren", "ListAWSServiceAccessForOrganization", "ListDelegatedAdministrators",
                "DescribeResourcePolicy");
    }

    @Override
    public AwsResponse handle(AwsRequest request, String operation) {
        JsonNode in = JsonProtocol.body(request);
        boolean administrator = request.accountId().equals(tree.managementAccountId())
                || delegated.contains(request.accountId());
        if (!operation.equals("DescribeOrganization") && !administrator) {
            throw new AwsError(400, "AccessDeniedException", "You don't have permissions to access this resource.");
        }
        ObjectNode out = switch (operation) {
            case "DescribeOrganization" -> describeOrganization();
            case "ListRoots" -> pages.page(in, List.of(tree.rootId()), "Roots", "NextToken", "MaxResults", "NextToken",
                    "InvalidInputException", (list, id) -> root(list.addObject()));
            case "ListOrganizationalUnitsForParent" -> pages.page(in, ousOf(parent(in)), "OrganizationalUnits",
                    "NextToken", "MaxResults", "NextToken", "InvalidInputException",
                    (list, ou) -> list.addObject().put("Id", ou.id()).put("Arn", ou.arn()).put("Name", ou.name()));
            case "ListAccountsForParent" -> pages.page(in, accountsOf(parent(in)), "Accounts", "NextToken",
                    "MaxResults", "NextToken", "InvalidInputException", (list, a) -> account(list.addObject(), a));
            case "ListAccounts" -> pages.page(in, tree.accounts(), "Accounts", "NextToken", "MaxResults", "NextToken",
                    "InvalidInputException", (list, a) -> account(list.addObject(), a));
            case "ListChildren" -> children(in);
            case "ListPolicies" -> listPolicies(in);
            case "DescribePolicy" -> {
                OrgPolicy p = policy(JsonPages.required(in, "PolicyId"));
                ObjectNode o = JsonProtocol.object();
                ObjectNode policy = o.putObject("Policy");
                summary(policy.putObject("PolicySummary"), p);
                policy.put("Content", p.document());
                yield o;
            }
            case "ListTargetsForPolicy" -> pages.page(in, policy(JsonPages.required(in, "PolicyId")).targets(),
                    "Targets", "NextToken", "MaxResults", "NextToken", "InvalidInputException", (list, id) -> {
                        String[] t = targets.get(id);
                        list.addObject().put("TargetId", id).put("Arn", t[0]).put("Name", t[1]).put("Type", t[2]);
                    });
            case "ListTagsForResource" -> tags(in);
            case "ListAWSServiceAccessForOrganization" -> pages.page(in, governance.trustedServices(),
                    "EnabledServicePrincipals", "NextToken", "MaxResults", "NextToken", "InvalidInputException",
                    (list, p) -> list.addObject().put("ServicePrincipal", p)
                            .put("DateEnabled", JsonProtocol.epoch(tree.accounts().get(0).joinedAt())));
            case "ListDelegatedAdministrators" -> delegatedAdministrators(in);
            case "DescribeResourcePolicy" -> resourcePolicy();
            default -> throw new AwsError(400, "UnknownOperationException", operation);
        };
        return JsonProtocol.respond(out);
    }

    private ObjectNode describeOrganization() {
        ObjectNode out = JsonProtocol.object();
        ObjectNode o = out.putObject("Organization");
        o.put("Id", tree.organizationId()).put("Arn", tree.organizationArn()).put("FeatureSet", "ALL")
                .put("MasterAccountArn", "arn:aws:organizations::" + tree.managementAccountId() + ":account/"
                        + tree.organizationId() + "/" + tree.managementAccountId())
                .put("MasterAccountId", tree.managementAccountId()).put("MasterAccountEmail", tree.managementEmail());
        o.putArray("AvailablePolicyTypes").addObject().put("Type", "SERVICE_CONTROL_POLICY").put("Status", "ENABLED");
        return out;
    }

    private void root(ObjectNode r) {
        r.put("Id", tree.rootId()).put("Arn", tree.rootArn()).put("Name", "Root");
        ArrayNode types = r.putArray("PolicyTypes");
        POLICY_TYPES.forEach(t -> types.addObject().put("Type", t).put("Status", "ENABLED"));
    }

    private static void account(ObjectNode o, OrgAccount a) {
        o.put("Id", a.id()).put("Arn", a.arn()).put("Email", a.email()).put("Name", a.name())
                .put("Status", a.status()).put("State", a.status())
                .put("JoinedMethod", a.name().equals("management") ? "CREATED" : "INVITED")
                .put("JoinedTimestamp", JsonProtocol.epoch(a.joinedAt()));
    }

    private String parent(JsonNode in) {
        String id = JsonPages.required(in, "ParentId");
        String[] t = targets.get(id);
        if (t == null || t[2].equals("ACCOUNT")) {
            throw new AwsError(400, "ParentNotFoundException", "We can't find a root or OU with the ParentId that you specified.");
        }
        return id;
    }

    private List<OrgUnit> ousOf(String parentId) {
        return tree.ous().stream().filter(o -> o.parentId().equals(parentId)).toList();
    }

    private List<OrgAccount> accountsOf(String parentId) {
        return tree.accounts().stream().filter(a -> a.parentId().equals(parentId)).toList();
    }

    private ObjectNode children(JsonNode in) {
        String parentId = parent(in);
        String type = JsonPages.required(in, "ChildType");
        List<String> ids = new ArrayList<>();
        if (type.equals("ACCOUNT")) {
            accountsOf(parentId).forEach(a -> ids.add(a.id()));
        } else if (type.equals("ORGANIZATIONAL_UNIT")) {
            ousOf(parentId).forEach(o -> ids.add(o.id()));
        } else {
            throw new AwsError(400, "InvalidInputException", "Unknown ChildType " + type);
        }
        return pages.page(in, ids, "Children", "NextToken", "MaxResults", "NextToken", "InvalidInputException",
                (list, id) -> list.addObject().put("Id", id).put("Type", type));
    }

    private ObjectNode listPolicies(JsonNode in) {
        String filter = JsonPages.required(in, "Filter");
        if (!POLICY_TYPES.contains(filter) && !filter.endsWith("_POLICY")) {
            throw new AwsError(400, "InvalidInputException", "Unknown policy type " + filter);
        }
        List<OrgPolicy> policies = tree.policies().stream().filter(p -> p.type().equals(filter)).toList();
        return pages.page(in, policies, "Policies", "NextToken", "MaxResults", "NextToken", "InvalidInputException",
                (list, p) -> summary(list.addObject(), p));
    }

    private OrgPolicy policy(String id) {
        return tree.policies().stream().filter(p -> p.id().equals(id)).findFirst()
                .orElseThrow(() -> new AwsError(400, "PolicyNotFoundException",
                        "We can't find a policy with the PolicyId that you specified."));
    }

    private static void summary(ObjectNode o, OrgPolicy p) {
        o.put("Id", p.id()).put("Arn", p.arn()).put("Name", p.name()).put("Description", p.description())
                .put("Type", p.type()).put("AwsManaged", p.awsManaged());
    }

    private ObjectNode tags(JsonNode in) {
        String id = JsonPages.required(in, "ResourceId");
        if (!targets.containsKey(id) && tree.policies().stream().noneMatch(p -> p.id().equals(id))) {
            throw new AwsError(400, "TargetNotFoundException", "We can't find a target with the ID " + id + ".");
        }
        Map<String, String> tags = tree.accounts().stream().filter(a -> a.id().equals(id)).findFirst()
                .map(OrgAccount::tags).orElse(Map.of());
        return pages.page(in, List.copyOf(tags.entrySet()), "Tags", "NextToken", "MaxResults", "NextToken",
                "InvalidInputException", (list, e) -> list.addObject().put("Key", e.getKey()).put("Value", e.getValue()));
    }

    /** Without ServicePrincipal: every delegated administrator; with it: those of that service. */
    private ObjectNode delegatedAdministrators(JsonNode in) {
        String service = in.path("ServicePrincipal").asText(null);
        java.util.Collection<String> ids = service == null ? governance.delegatedAccounts()
                : governance.delegatedByService().getOrDefault(service, List.of());
        List<OrgAccount> admins = tree.accounts().stream().filter(a -> ids.contains(a.id())).toList();
        return pages.page(in, admins, "DelegatedAdministrators", "NextToken", "MaxResults", "NextToken",
                "InvalidInputException", (list, a) -> {
                    ObjectNode o = list.addObject();
                    account(o, a);
                    o.put("DelegationEnabledDate", JsonProtocol.epoch(a.joinedAt()));
                });
    }

    private ObjectNode resourcePolicy() {
        if (governance.resourcePolicy() == null) {
            throw new AwsError(400, "ResourcePolicyNotFoundException",
                    "We can't find a resource policy request with the parameter that you specified.");
        }
        ObjectNode out = JsonProtocol.object();
        ObjectNode policy = out.putObject("ResourcePolicy");
        policy.putObject("ResourcePolicySummary").put("Id", "rp-" + tree.organizationId().substring(2, 10))
                .put("Arn", "arn:aws:organizations::" + tree.managementAccountId() + ":resourcepolicy/"
                        + tree.organizationId() + "/rp-" + tree.organizationId().substring(2, 10));
        policy.put("Content", governance.resourcePolicy());
        return out;
    }
}
