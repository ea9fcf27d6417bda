package dev.vigil.collect.discover;

import dev.vigil.collect.aws.AwsServices;
import dev.vigil.collect.config.ConfigException;
import dev.vigil.collect.config.VigilConfig;
import dev.vigil.collect.engine.ClientFactory;
import dev.vigil.collect.engine.ErrorInfo;
import dev.vigil.collect.engine.Operation;
import dev.vigil.snapshot.OrgTree;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeSet;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.atomic.AtomicInteger;
import software.amazon.awssdk.auth.credentials.AwsCredentialsProvider;
import software.amazon.awssdk.services.ec2.Ec2Client;
import software.amazon.awssdk.services.ec2.model.Region;
import software.amazon.awssdk.services.organizations.OrganizationsClient;
import software.amazon.awssdk.services.sts.StsClient;

/**
 * Finds what to scan with the starting identity: who it is (GetCallerIdentity), which regions exist
 * (so that a misspelt region in the config is an error), and the organization (or the one account).
 */
public final class AwsDiscovery {
    public static final Operation CALLER_IDENTITY = Operation.of("sts", "GetCallerIdentity");
    public static final Operation DESCRIBE_REGIONS = Operation.of("ec2", "DescribeRegions");

    private final ClientFactory factory;
    private final AwsCredentialsProvider base;
    private final VigilConfig config;
    private final ExecutorService pool;
    private final AtomicInteger calls = new AtomicInteger();

    public AwsDiscovery(ClientFactory factory, AwsCredentialsProvider base, VigilConfig config, ExecutorService pool) {
        this.factory = factory;
        this.base = base;
        this.config = config;
        this.pool = pool;
    }

    public static List<Operation> operations() {
        List<Operation> ops = new ArrayList<>(List.of(CALLER_IDENTITY, DESCRIBE_REGIONS));
        ops.addAll(OrganizationsReader.OPERATIONS);
        return ops;
    }

    public int calls() {
        return calls.get();
    }

    public ScanPlan discover() {
        String caller = callerAccount();
        Map<String, String> regions = regions(caller);
        checkRegions(regions);
        if (config.singleAccount()) {
            return new ScanPlan(caller, Optional.empty(), List.of(new PlannedAccount(caller, caller, true, null)), regions,
                    List.of());
        }
        try (OrganizationsClient org = factory.build(AwsServices.ORGANIZATIONS, caller, "us-east-1", base, calls)) {
            OrganizationsReader reader = new OrganizationsReader(org, pool);
            OrgTree tree = reader.read(caller);
            return new ScanPlan(caller, Optional.of(tree), new AccountSelector(config).plan(tree), regions, reader.gaps());
        }
    }

    private String callerAccount() {
        try (StsClient sts = factory.build(AwsServices.STS, "caller", "us-east-1", base, calls)) {
            return sts.getCallerIdentity().account();
        } catch (RuntimeException e) {
            if (String.valueOf(e.getMessage()).startsWith("Unable to load credentials from any of the providers")) {
                throw new DiscoveryException("no AWS credentials found for the starting identity (tried environment "
                        + "variables, web identity, the shared profile, container and instance credentials); set "
                        + "AWS_PROFILE, AWS_ACCESS_KEY_ID/AWS_SECRET_ACCESS_KEY or AWS_WEB_IDENTITY_TOKEN_FILE", e);
            }
            ErrorInfo error = ErrorInfo.of(e);
            throw new DiscoveryException("cannot identify the starting AWS identity (sts:GetCallerIdentity: "
                    + error.code() + ": " + error.message() + "); check the AWS credentials", e);
        }
    }

    /** Every region AWS lists for the caller, with its opt-in status. */
    private Map<String, String> regions(String caller) {
        try (Ec2Client ec2 = factory.build(AwsServices.EC2, caller, "us-east-1", base, calls)) {
            return describeRegions(ec2);
        } catch (RuntimeException e) {
            if (config.regions().isEmpty()) {
                ErrorInfo error = ErrorInfo.of(e);
                throw new DiscoveryException("cannot list regions (ec2:DescribeRegions: " + error.code() + ": "
                        + error.message() + "); name the regions in the config to go on without it", e);
            }
            Map<String, String> configured = new LinkedHashMap<>();
            config.regions().forEach(r -> configured.put(r, "unknown"));
            return configured;
        }
    }

    public static Map<String, String> describeRegions(Ec2Client ec2) {
        Map<String, String> regions = new LinkedHashMap<>();
        for (Region r : ec2.describeRegions(b -> b.allRegions(true)).regions()) {
            regions.put(r.regionName(), r.optInStatus() == null ? "opt-in-not-required" : r.optInStatus());
        }
        return regions;
    }

    private void checkRegions(Map<String, String> known) {
        List<String> unknown = config.regions().stream().filter(r -> !known.containsKey(r)).toList();
        if (!unknown.isEmpty()) {
            throw new ConfigException("unknown region(s) " + unknown + " in regions; AWS lists "
                    + new TreeSet<>(known.keySet()));
        }
    }
}
