package dev.vigil.cli;

import dev.vigil.fakecloud.FakeCloudMain;
import dev.vigil.fakecloud.FakeCloudOptions;
import dev.vigil.fakecloud.org.OrgSpec;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code vigil fake-cloud}: serve a synthetic organization on loopback until interrupted. */
@Command(name = "fake-cloud", mixinStandardHelpOptions = true,
        description = "Serve a synthetic AWS organization, GCP organization and Azure tenant on 127.0.0.1 (for demos and tests).")
public final class FakeCloudCommand implements Callable<Integer> {
    @Option(names = "--accounts", defaultValue = "12", description = "Accounts in the org (default 12).")
    int accounts;

    @Option(names = "--port", defaultValue = "0", description = "Port (default: any free port).")
    int port;

    @Option(names = "--latency-ms", defaultValue = "0", description = "Added to every call.")
    int latencyMs;

    @Option(names = "--seed", defaultValue = "42", description = "Generation seed.")
    long seed;

    @Option(names = "--regions", split = ",", description = "Enabled regions (default us-east-1,us-west-2,eu-west-1).")
    java.util.List<String> regions;

    @Option(names = "--fault", converter = FaultRuleConverter.class, paramLabel = "RULE",
            description = "Inject a fault (repeatable): KIND:account:region:service:operation[:fraction], KIND one of "
                    + "access-denied, throttle, server-error, truncated-body, hang, assume-role-fail; '*' or empty "
                    + "matches any; fraction in (0, 1] faults that share of the matching calls (seeded). "
                    + "E.g. throttle:*:*:ec2:DescribeInstances:0.3 or hang:111122223333:*:kms:*")
    java.util.List<dev.vigil.fakecloud.fault.FaultRule> faults = new java.util.ArrayList<>();

    @Override
    public Integer call() throws Exception {
        OrgSpec spec = accounts == OrgSpec.demo().accounts() && regions == null && seed == 42 ? OrgSpec.demo()
                : OrgSpec.of(accounts, regions == null ? OrgSpec.DEFAULT_REGIONS : regions, seed);
        FakeCloudOptions options = FakeCloudOptions.defaults().withPort(port).withLatencyMillis(latencyMs);
        FakeCloudMain.run(spec, options, faults, System.out);
        return 0;
    }
}
