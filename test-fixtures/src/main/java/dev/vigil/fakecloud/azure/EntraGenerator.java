package dev.vigil.fakecloud.azure;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.vigil.fakecloud.org.Finding;
import java.util.List;

/**
 * Generates a tenant's Entra ID directory. A planted directory gets every {@link EntraPlant}: tenant-wide settings
 * that fail (with near-miss Conditional Access policies: report-only, disabled, too narrow, MFA as one option among
 * others) and two users without MFA; a clean directory is their twin. Both have users that no check judges (a
 * disabled user and a guest without MFA) and Global Administrators that are not users.
 */
final class EntraGenerator {
    static final String GLOBAL_ADMINISTRATOR = "62e90394-69f5-4237-9190-012177145e10";
    static final String USER_ADMINISTRATOR = "fe930be7-5e62-47db-91af-98c3a49a38b1";
    static final String AZURE_MANAGEMENT = "797f4846-ba00-4fd7-ba43-dac1f8f63013";
    static final String RESTRICTED_GUEST = "2af84b1e-32c8-42b7-82bc-daa82404023b";
    static final String LIMITED_GUEST = "10dae51f-b6af-4016-8d66-8c2a99b929b3";

    private final AzureOrgGenerator g;
    private final boolean planted;
    private final String domain;
    private final ArrayNode users = AzureOrgGenerator.JSON.createArrayNode();
    private final ArrayNode registrations = AzureOrgGenerator.JSON.createArrayNode();
    private final ArrayNode roleAssignments = AzureOrgGenerator.JSON.createArrayNode();
    private String breakGlass;

    EntraGenerator(AzureOrgGenerator g, boolean planted) {
        this.g = g;
        this.planted = planted;
        this.domain = "tenant-" + g.tenant().substring(0, 8) + ".onmicrosoft.com";
    }

    EntraDirectory build() {
        breakGlass = user("breakglass", "Member", true, true, true, true);
        user("alice", "Member", true, true, false, false);
        String bob = user("bob", "Member", true, !planted, false, false);
        user("carol", "Member", false, false, false, false);
        user("partner_example.com#EXT#", "Guest", true, false, false, false);
        String dave = user("dave", "Member", true, !planted, true, false);
        int globalAdmins = planted ? 4 : 3; // and the break-glass account: five users, or four
        for (int i = 1; i <= globalAdmins; i++) {
            user("admin" + i, "Member", true, true, true, true);
        }
        if (!planted) {
            // an app holding the role: not a user, so not counted against the five
            roleAssignments.add(assignment(g.guid(), "#microsoft.graph.servicePrincipal", null));
        }
        if (planted) {
            for (EntraPlant plant : EntraPlant.values()) {
                if (plant.tenantWide()) {
                    plant.checkIds().forEach(c -> g.findings().add(new Finding(c, "/tenants/" + g.tenant())));
                }
            }
            EntraPlant.USER_NO_MFA.checkIds().forEach(c -> g.findings().add(
                    new Finding(c, EntraDirectory.userUid(g.tenant(), bob))));
            EntraPlant.ADMIN_NO_MFA.checkIds().forEach(c -> g.findings().add(
                    new Finding(c, EntraDirectory.userUid(g.tenant(), dave))));
        }
        ObjectNode defaults = AzureOrgGenerator.JSON.createObjectNode()
                .put("@odata.context", "https://graph.microsoft.com/v1.0/$metadata#policies/identitySecurityDefaultsEnforcementPolicy/$entity")
                .put("id", "00000000-0000-0000-0000-000000000005").put("displayName", "Security Defaults")
                .put("description", "Security defaults is a set of basic identity security mechanisms recommended by Microsoft.")
                .put("isEnabled", false);
        return new EntraDirectory(defaults, authorizationPolicy(), conditionalAccess(), namedLocations(), users,
                registrations, roleAssignments);
    }

    /** Adds a user with their registration details; Global Administrators get a role assignment. */
    private String user(String name, String type, boolean enabled, boolean mfa, boolean admin, boolean globalAdmin) {
        String id = g.guid();
        String upn = name + "@" + domain;
        users.addObject().put("id", id).put("userPrincipalName", upn).put("displayName", name).put("userType", type)
                .put("accountEnabled", enabled).put("createdDateTime", "2024-03-01T09:00:00Z");
        ObjectNode r = registrations.addObject().put("id", id).put("userPrincipalName", upn).put("userDisplayName", name)
                .put("userType", type.toLowerCase(java.util.Locale.ROOT)).put("isAdmin", admin)
                .put("isSsprRegistered", mfa).put("isSsprEnabled", false).put("isSsprCapable", false)
                .put("isMfaRegistered", mfa).put("isMfaCapable", mfa).put("isPasswordlessCapable", false)
                .put("lastUpdatedDateTime", "2026-11-30T02:00:00Z");
        ArrayNode methods = r.putArray("methodsRegistered");
        if (mfa) {
            methods.add("microsoftAuthenticatorPush");
        }
        if (globalAdmin) {
            roleAssignments.add(assignment(id, "#microsoft.graph.user", upn));
        }
        return id;
    }

    private ObjectNode assignment(String principalId, String type, String upn) {
        ObjectNode a = AzureOrgGenerator.JSON.createObjectNode().put("id", g.guid()).put("principalId", principalId)
                .put("roleDefinitionId", GLOBAL_ADMINISTRATOR).put("directoryScopeId", "/");
        ObjectNode p = a.putObject("principal").put("@odata.type", type).put("id", principalId);
        if (upn != null) {
            p.put("userPrincipalName", upn);
        }
        return a;
    }

    private ObjectNode authorizationPolicy() {
        ObjectNode p = AzureOrgGenerator.JSON.createObjectNode()
                .put("@odata.context", "https://graph.microsoft.com/v1.0/$metadata#policies/authorizationPolicy/$entity")
                .put("id", "authorizationPolicy").put("displayName", "Authorization Policy")
                .put("allowInvitesFrom", planted ? "everyone" : "adminsAndGuestInviters")
                .put("allowedToSignUpEmailBasedSubscriptions", true).put("allowedToUseSSPR", true)
                .put("allowEmailVerifiedUsersToJoinOrganization", false).put("blockMsolPowerShell", false)
                .put("guestUserRoleId", planted ? LIMITED_GUEST : RESTRICTED_GUEST);
        ObjectNode d = p.putObject("defaultUserRolePermissions").put("allowedToCreateApps", planted)
                .put("allowedToCreateSecurityGroups", planted).put("allowedToCreateTenants", planted)
                .put("allowedToReadBitlockerKeysForOwnedDevice", true).put("allowedToReadOtherUsers", true);
        ArrayNode grants = d.putArray("permissionGrantPoliciesAssigned");
        if (planted) {
            grants.add("ManagePermissionGrantsForSelf.microsoft-user-default-legacy");
        }
        grants.add("ManagePermissionGrantsForOwnedResource.microsoft-dynamically-managed-permissions-for-team");
        return p;
    }

    private ArrayNode conditionalAccess() {
        ArrayNode out = AzureOrgGenerator.JSON.createArrayNode();
        out.add(policy("Require MFA for all users", planted ? "enabledForReportingButNotEnforced" : "enabled",
                List.of("All"), List.of(), List.of("All"), List.of(), "OR", List.of("mfa"), false));
        if (planted) {
            out.add(policy("Require MFA for administrators", "disabled", List.of(), List.of(GLOBAL_ADMINISTRATOR,
                    USER_ADMINISTRATOR), List.of("All"), List.of(), "OR", List.of("mfa"), false));
            out.add(policy("MFA for risky sign-ins", "enabled", List.of("All"), List.of(), List.of("All"),
                    List.of("high"), "OR", List.of("mfa"), false));
            out.add(policy("Azure management: MFA or a compliant device", "enabled", List.of("All"), List.of(),
                    List.of(AZURE_MANAGEMENT), List.of(), "OR", List.of("mfa", "compliantDevice"), false));
        } else {
            out.add(policy("Require MFA for administrators", "enabled", List.of(), List.of(GLOBAL_ADMINISTRATOR,
                    USER_ADMINISTRATOR), List.of("All"), List.of(), "OR", List.of("mfa"), false));
            out.add(policy("MFA for risky sign-ins", "enabled", List.of("All"), List.of(), List.of("All"),
                    List.of("high", "medium"), "OR", List.of("mfa"), false));
            out.add(policy("Azure management requires MFA", "enabled", List.of("All"), List.of(),
                    List.of(AZURE_MANAGEMENT), List.of(), "AND", List.of("mfa", "compliantDevice"), false));
            out.add(policy("Admin portals: phishing-resistant MFA", "enabled", List.of("All"), List.of(),
                    List.of("MicrosoftAdminPortals"), List.of(), "OR", List.of(), true));
        }
        ObjectNode legacy = policy("Block legacy authentication", "enabled", List.of("All"), List.of(), List.of("All"),
                List.of(), "OR", List.of("block"), false);
        ArrayNode clients = ((ObjectNode) legacy.path("conditions")).putArray("clientAppTypes");
        clients.add("exchangeActiveSync").add("other");
        out.add(legacy);
        return out;
    }

    private ObjectNode policy(String name, String state, List<String> includeUsers, List<String> includeRoles,
                              List<String> apps, List<String> signInRisk, String operator, List<String> controls,
                              boolean strength) {
        ObjectNode p = AzureOrgGenerator.JSON.createObjectNode().put("id", g.guid()).put("displayName", name)
                .put("state", state).put("createdDateTime", "2025-01-15T10:00:00Z");
        p.putNull("templateId");
        ObjectNode c = p.putObject("conditions");
        c.putArray("userRiskLevels");
        ArrayNode risk = c.putArray("signInRiskLevels");
        signInRisk.forEach(risk::add);
        c.putArray("clientAppTypes").add("all");
        c.putNull("platforms");
        c.putNull("locations");
        ObjectNode a = c.putObject("applications");
        ArrayNode include = a.putArray("includeApplications");
        apps.forEach(include::add);
        a.putArray("excludeApplications");
        a.putArray("includeUserActions");
        ObjectNode u = c.putObject("users");
        ArrayNode iu = u.putArray("includeUsers");
        includeUsers.forEach(iu::add);
        ArrayNode eu = u.putArray("excludeUsers");
        if (includeUsers.contains("All")) {
            eu.add(breakGlass);
        }
        u.putArray("includeGroups");
        u.putArray("excludeGroups");
        ArrayNode ir = u.putArray("includeRoles");
        includeRoles.forEach(ir::add);
        u.putArray("excludeRoles");
        ObjectNode grant = p.putObject("grantControls").put("operator", operator);
        ArrayNode built = grant.putArray("builtInControls");
        controls.forEach(built::add);
        grant.putArray("customAuthenticationFactors");
        grant.putArray("termsOfUse");
        if (strength) {
            grant.putObject("authenticationStrength").put("id", "00000000-0000-0000-0000-000000000004")
                    .put("displayName", "Phishing-resistant MFA");
        } else {
            grant.putNull("authenticationStrength");
        }
        p.putNull("sessionControls");
        return p;
    }

    private ArrayNode namedLocations() {
        ArrayNode out = AzureOrgGenerator.JSON.createArrayNode();
        ObjectNode office = out.addObject().put("@odata.type", "#microsoft.graph.ipNamedLocation").put("id", g.guid())
                .put("displayName", "Head office").put("isTrusted", !planted);
        office.putArray("ipRanges").addObject().put("@odata.type", "#microsoft.graph.iPv4CidrRange")
                .put("cidrAddress", "203.0.113.0/24");
        if (planted) {
            ObjectNode countries = out.addObject().put("@odata.type", "#microsoft.graph.countryNamedLocation")
                    .put("id", g.guid()).put("displayName", "Blocked countries")
                    .put("countryLookupMethod", "clientIpAddress").put("includeUnknownCountriesAndRegions", false);
            countries.putArray("countriesAndRegions").add("KP");
        }
        return out;
    }
}
