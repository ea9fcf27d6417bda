package dev.vigil.collect.config;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import java.util.List;

/**
 * {@code vigil.yaml}: what to collect and how. Every key is optional.
 *
 * @param endpointOverride one endpoint for every AWS service (a fake cloud, a proxy); service-specific
 *                         {@code AWS_ENDPOINT_URL_<SERVICE>} variables still win
 */
@JsonIgnoreProperties({"policies", "waivers"}) // read by the evaluate stage
public record VigilConfig(
        IdFilter accounts,
        IdFilter ous,
        TagFilter accountTags,
        List<String> regions,
        RoleConfig role,
        Concurrency concurrency,
        RateLimits rateLimits,
        String endpointOverride,
        Boolean singleAccount,
        List<String> providers,
        GcpConfig gcp,
        AzureConfig azure,
        Timeouts timeouts,
        Retries retries,
        CircuitBreakerConfig circuitBreaker) {

    public static final List<String> KNOWN_PROVIDERS = List.of("aws", "gcp", "azure");

    public static final VigilConfig DEFAULT = new VigilConfig(null, null, null, null, null, null, null, null, null, null, null, null,
            null, null, null);

    public VigilConfig {
        accounts = accounts == null ? IdFilter.ALL : accounts;
        ous = ous == null ? IdFilter.ALL : ous;
        accountTags = accountTags == null ? TagFilter.ALL : accountTags;
        regions = regions == null ? List.of() : List.copyOf(regions);
        role = role == null ? RoleConfig.DEFAULT : role;
        concurrency = concurrency == null ? Concurrency.DEFAULT : concurrency;
        rateLimits = rateLimits == null ? RateLimits.DEFAULT : rateLimits;
        singleAccount = singleAccount != null && singleAccount;
        providers = providers == null ? null : List.copyOf(providers);
        timeouts = timeouts == null ? Timeouts.DEFAULT : timeouts;
        retries = retries == null ? Retries.DEFAULT : retries;
        circuitBreaker = circuitBreaker == null ? CircuitBreakerConfig.DEFAULT : circuitBreaker;
    }

    /** The clouds to collect: {@code providers} when given, else AWS plus every cloud with a section. */
    public List<String> enabledProviders() {
        if (providers != null) {
            return providers;
        }
        List<String> p = new java.util.ArrayList<>(List.of("aws"));
        if (gcp != null) {
            p.add("gcp");
        }
        if (azure != null) {
            p.add("azure");
        }
        return List.copyOf(p);
    }

    public VigilConfig withProviders(List<String> p) {
        return new VigilConfig(accounts, ous, accountTags, regions, role, concurrency, rateLimits, endpointOverride,
                singleAccount, p, gcp, azure,
                timeouts, retries, circuitBreaker);
    }

    public VigilConfig withGcp(GcpConfig g) {
        return new VigilConfig(accounts, ous, accountTags, regions, role, concurrency, rateLimits, endpointOverride,
                singleAccount, providers, g, azure,
                timeouts, retries, circuitBreaker);
    }

    public VigilConfig withAzure(AzureConfig a) {
        return new VigilConfig(accounts, ous, accountTags, regions, role, concurrency, rateLimits, endpointOverride,
                singleAccount, providers, gcp, a,
                timeouts, retries, circuitBreaker);
    }

    public VigilConfig withAccounts(IdFilter f) {
        return new VigilConfig(f, ous, accountTags, regions, role, concurrency, rateLimits, endpointOverride, singleAccount, providers, gcp, azure,
                timeouts, retries, circuitBreaker);
    }

    public VigilConfig withOus(IdFilter f) {
        return new VigilConfig(accounts, f, accountTags, regions, role, concurrency, rateLimits, endpointOverride, singleAccount, providers, gcp, azure,
                timeouts, retries, circuitBreaker);
    }

    public VigilConfig withRegions(List<String> r) {
        return new VigilConfig(accounts, ous, accountTags, r, role, concurrency, rateLimits, endpointOverride, singleAccount, providers, gcp, azure,
                timeouts, retries, circuitBreaker);
    }

    public VigilConfig withRole(RoleConfig r) {
        return new VigilConfig(accounts, ous, accountTags, regions, r, concurrency, rateLimits, endpointOverride, singleAccount, providers, gcp, azure,
                timeouts, retries, circuitBreaker);
    }

    public VigilConfig withConcurrency(Concurrency c) {
        return new VigilConfig(accounts, ous, accountTags, regions, role, c, rateLimits, endpointOverride, singleAccount, providers, gcp, azure,
                timeouts, retries, circuitBreaker);
    }

    public VigilConfig withRateLimits(RateLimits r) {
        return new VigilConfig(accounts, ous, accountTags, regions, role, concurrency, r, endpointOverride, singleAccount, providers, gcp, azure,
                timeouts, retries, circuitBreaker);
    }

    public VigilConfig withEndpointOverride(String e) {
        return new VigilConfig(accounts, ous, accountTags, regions, role, concurrency, rateLimits, e, singleAccount, providers, gcp, azure,
                timeouts, retries, circuitBreaker);
    }

    public VigilConfig withSingleAccount(boolean s) {
        return new VigilConfig(accounts, ous, accountTags, regions, role, concurrency, rateLimits, endpointOverride, s, providers, gcp, azure,
                timeouts, retries, circuitBreaker);
    }

    public VigilConfig withTimeouts(Timeouts t) {
        return new VigilConfig(accounts, ous, accountTags, regions, role, concurrency, rateLimits, endpointOverride,
                singleAccount, providers, gcp, azure, t, retries, circuitBreaker);
    }

    public VigilConfig withRetries(Retries r) {
        return new VigilConfig(accounts, ous, accountTags, regions, role, concurrency, rateLimits, endpointOverride,
                singleAccount, providers, gcp, azure, timeouts, r, circuitBreaker);
    }

    public VigilConfig withCircuitBreaker(CircuitBreakerConfig c) {
        return new VigilConfig(accounts, ous, accountTags, regions, role, concurrency, rateLimits, endpointOverride,
                singleAccount, providers, gcp, azure, timeouts, retries, c);
    }

    /** Checks values that the YAML types cannot; throws {@link ConfigException} naming the key. */
    public VigilConfig validate(String source) {
        if (concurrency.accounts() < 1 || concurrency.workers() < 1) {
            throw new ConfigKeyException(source, concurrency.accounts() < 1 ? "concurrency.accounts" : "concurrency.workers",
                    "must be at least 1");
        }
        if (role.sessionDurationSeconds() < 900 || role.sessionDurationSeconds() > 43200) {
            throw new ConfigKeyException(source, "role.session_duration_seconds", "must be between 900 and 43200, got "
                    + role.sessionDurationSeconds());
        }
        if (rateLimits.requestsPerSecond() <= 0 || rateLimits.burst() < 1
                || rateLimits.perService().values().stream().anyMatch(v -> v == null || v <= 0)) {
            throw new ConfigKeyException(source, "rate_limits", "must be positive");
        }
        if (retries.maxAttempts() < 1) {
            throw new ConfigKeyException(source, "retries.max_attempts", "must be at least 1, got " + retries.maxAttempts());
        }
        if (circuitBreaker.failures() < 1) {
            throw new ConfigKeyException(source, "circuit_breaker.failures", "must be at least 1, got "
                    + circuitBreaker.failures());
        }
        String template = role.arnTemplate();
        if (template != null && !template.isBlank() && !template.contains(RoleConfig.ACCOUNT_PLACEHOLDER)) {
            throw new ConfigKeyException(source, "role.arn_template", "must contain " + RoleConfig.ACCOUNT_PLACEHOLDER);
        }
        String management = role.management() == null ? null : role.management().problem();
        if (management != null) {
            throw new ConfigKeyException(source, "role.management", management);
        }
        for (String id : accounts.include()) {
            checkAccountId(source, "accounts.include", id);
        }
        for (String id : accounts.exclude()) {
            checkAccountId(source, "accounts.exclude", id);
        }
        for (String p : enabledProviders()) {
            if (!KNOWN_PROVIDERS.contains(p)) {
                throw new ConfigKeyException(source, "providers", "has '" + p + "'; known providers are " + KNOWN_PROVIDERS);
            }
        }
        if (enabledProviders().contains("gcp") && (gcp == null || gcp.allOrganizations().isEmpty()
                || gcp.allOrganizations().stream().anyMatch(o -> !o.organization().matches("(organizations/)?\\d+")))) {
            throw new ConfigException(source + ": gcp.organization (or an organization in every gcp.organizations entry) "
                    + "must be set to organizations/<number> to collect GCP");
        }
        if (enabledProviders().contains("azure") && (azure == null || azure.allTenants().isEmpty()
                || azure.allTenants().stream().anyMatch(t -> t.tenantId() == null || t.tenantId().isBlank()))) {
            throw new ConfigException(source + ": azure.tenant_id (or a tenant_id in every azure.tenants entry) must be "
                    + "set to collect Azure");
        }
        if (enabledProviders().contains("azure")) {
            java.util.List<AzureConfig> tenants = azure.allTenants();
            for (int i = 0; i < tenants.size(); i++) {
                if (tenants.get(i).resolvedGraphEndpoint() == null) {
                    String at = azure.tenantId() != null && !azure.tenantId().isBlank()
                            ? (i == 0 ? "azure" : "azure.tenants[" + (i - 1) + "]") : "azure.tenants[" + i + "]";
                    throw new ConfigKeyException(source, at + ".endpoint", "is " + tenants.get(i).endpoint()
                            + ", a cloud whose Microsoft Graph endpoint Vigil does not know: set " + at
                            + ".graph_endpoint too");
                }
            }
        }
        if (endpointOverride != null && !endpointOverride.matches("https?://.+")) {
            throw new ConfigKeyException(source, "endpoint_override", "must be an http(s) URL, got " + endpointOverride);
        }
        return this;
    }

    private static void checkAccountId(String source, String key, String id) {
        if (id == null || !id.matches("\\d{12}")) {
            throw new ConfigKeyException(source, key, "has '" + id + "', which is not a 12-digit account id");
        }
    }
}
