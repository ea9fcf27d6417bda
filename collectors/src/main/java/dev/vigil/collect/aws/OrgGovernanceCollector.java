package dev.vigil.collect.aws;

import static dev.vigil.collect.aws.AwsServices.IAM;
import static dev.vigil.collect.aws.AwsServices.ORGANIZATIONS;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.NullNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.vigil.collect.engine.Collector;
import dev.vigil.collect.engine.Operation;
import dev.vigil.collect.engine.Outcome;
import dev.vigil.collect.engine.PolicyDocuments;
import dev.vigil.collect.engine.Scope;
import dev.vigil.collect.engine.UnitContext;
import dev.vigil.collect.engine.UnknownInputs;
import java.util.List;
import java.util.Map;
import java.util.Set;
import software.amazon.awssdk.services.organizations.model.EnabledServicePrincipal;

/**
 * Organization-wide settings read in the management account: one {@code aws.organizations.governance} record
 * (centralized root access features, trusted services, the resource delegation policy) and one
 * {@code aws.organizations.service_access} record per service with trusted access, carrying the delegated
 * administrators of the security services that support one.
 */
public final class OrgGovernanceCollector implements Collector {
    public static final String GOVERNANCE = "aws.organizations.governance";
    public static final String SERVICE_ACCESS = "aws.organizations.service_access";
    static final Operation LIST_FEATURES = Operation.of("iam", "ListOrganizationsFeatures");
    static final Operation LIST_SERVICE_ACCESS = Operation.of("organizations", "ListAWSServiceAccessForOrganization");
    static final Operation LIST_DELEGATED = Operation.of("organizations", "ListDelegatedAdministrators");
    static final Operation DESCRIBE_RESOURCE_POLICY = Operation.of("organizations", "DescribeResourcePolicy");
    /**
     * Security services integrated with AWS Organizations that support a delegated administrator (AWS's list of
     * services that work with Organizations, "Supports delegated administrator" column).
     */
    public static final Set<String> DELEGATABLE_SECURITY_SERVICES = Set.of("access-analyzer.amazonaws.com",
            "auditmanager.amazonaws.com", "cloudtrail.amazonaws.com", "config.amazonaws.com",
            "config-multiaccountsetup.amazonaws.com", "detective.amazonaws.com", "fms.amazonaws.com",
            "guardduty.amazonaws.com", "iam.amazonaws.com", "inspector2.amazonaws.com", "macie.amazonaws.com",
            "securityhub.amazonaws.com", "securitylake.amazonaws.com", "sso.amazonaws.com");

    @Override
    public String name() {
        return GOVERNANCE;
    }

    @Override
    public Scope scope() {
        return Scope.ORGANIZATION;
    }

    @Override
    public List<Operation> operations() {
        return List.of(LIST_FEATURES, LIST_SERVICE_ACCESS, LIST_DELEGATED, DESCRIBE_RESOURCE_POLICY);
    }

    @Override
    public void collect(UnitContext unit) {
        ObjectNode attributes = JsonNodeFactory.instance.objectNode();
        UnknownInputs unknown = new UnknownInputs();
        // without trusted access for IAM the features cannot be listed, i.e. none is enabled
        unknown.put(attributes, "RootAccessFeatures", unit.call(LIST_FEATURES, UnitContext.GLOBAL,
                Set.of("ServiceAccessNotEnabledException"), () -> {
                    ArrayNode features = JsonNodeFactory.instance.arrayNode();
                    unit.client(IAM).listOrganizationsFeatures(r -> { }).enabledFeaturesAsStrings()
                            .forEach(features::add);
                    return features;
                }), JsonNodeFactory.instance.arrayNode());
        Outcome<List<EnabledServicePrincipal>> services = unit.call(LIST_SERVICE_ACCESS, UnitContext.GLOBAL, Set.of(),
                List.of(SERVICE_ACCESS), () -> unit.client(ORGANIZATIONS).listAWSServiceAccessForOrganizationPaginator(
                        r -> { }).stream().flatMap(p -> p.enabledServicePrincipals().stream()).toList());
        if (services.failed()) {
            unknown.add(services.unknown("TrustedServices"));
        } else {
            ArrayNode trusted = attributes.putArray("TrustedServices");
            services.value().forEach(s -> trusted.add(s.servicePrincipal()));
            services.value().forEach(s -> emitServiceAccess(unit, s));
        }
        // ResourcePolicyNotFoundException: the organization has no resource delegation policy (null)
        unknown.put(attributes, "ResourcePolicy", unit.call(DESCRIBE_RESOURCE_POLICY, UnitContext.GLOBAL,
                Set.of("ResourcePolicyNotFoundException"), () -> resourcePolicy(unit.client(ORGANIZATIONS)
                        .describeResourcePolicy(r -> { }).resourcePolicy().content())), NullNode.getInstance());
        String id = unit.accountId();
        unit.emit(unit.record("organizations", GOVERNANCE, UnitContext.GLOBAL, id, id, uid(id), Map.of(), attributes)
                .withUnknown(unknown.list()));
    }

    private static void emitServiceAccess(UnitContext unit, EnabledServicePrincipal service) {
        String principal = service.servicePrincipal();
        ObjectNode attributes = JsonNodeFactory.instance.objectNode().put("ServicePrincipal", principal)
                .put("DateEnabled", service.dateEnabled() == null ? null : service.dateEnabled().toString());
        UnknownInputs unknown = new UnknownInputs();
        if (DELEGATABLE_SECURITY_SERVICES.contains(principal)) {
            unknown.put(attributes, "DelegatedAdministrators", unit.call(LIST_DELEGATED, UnitContext.GLOBAL, Set.of(),
                    () -> {
                        ArrayNode accounts = JsonNodeFactory.instance.arrayNode();
                        unit.client(ORGANIZATIONS).listDelegatedAdministratorsPaginator(r -> r.servicePrincipal(
                                principal)).stream().flatMap(p -> p.delegatedAdministrators().stream())
                                .forEach(a -> accounts.add(a.id()));
                        return accounts;
                    }), NullNode.getInstance());
        }
        unit.emit(unit.record("organizations", SERVICE_ACCESS, UnitContext.GLOBAL, principal, principal,
                serviceUid(unit.accountId(), principal), Map.of(), attributes).withUnknown(unknown.list()));
    }

    private static JsonNode resourcePolicy(String content) {
        return content == null ? NullNode.getInstance() : PolicyDocuments.decode(content);
    }

    /** A synthetic ARN for the organization's settings, keyed by its management account. */
    public static String uid(String managementAccountId) {
        return "arn:aws:organizations::" + managementAccountId + ":governance";
    }

    /** A synthetic ARN for one service's trusted access. */
    public static String serviceUid(String managementAccountId, String principal) {
        return "arn:aws:organizations::" + managementAccountId + ":service-access/" + principal;
    }
}
