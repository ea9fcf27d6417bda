package dev.vigil.cli;

import dev.vigil.fakecloud.FakeCloud;
import dev.vigil.fakecloud.FakeCloudOptions;
import dev.vigil.fakecloud.org.OrgSpec;
import dev.vigil.fakecloud.org.SyntheticOrg;
import dev.vigil.fakecloud.org.SyntheticOrgGenerator;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code vigil fake-cloud}: serve a synthetic organization on loopback until interrupted. */
@Command(name = "fake-cloud", mixinStandardHelpOptions = true,
        description = "Serve a synthetic AWS organization on 127.0.0.1 (for demos and tests).")
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

    @Override
    public Integer call() throws Exception {
        OrgSpec spec = accounts == OrgSpec.demo().accounts() && regions == null && seed == 42 ? OrgSpec.demo()
                : OrgSpec.of(accounts, regions == null ? OrgSpec.DEFAULT_REGIONS : regions, seed);
        SyntheticOrg org = SyntheticOrgGenerator.generate(spec);
        FakeCloudOptions options = FakeCloudOptions.defaults().withPort(port).withLatencyMillis(latencyMs);
        try (FakeCloud cloud = FakeCloud.start(org, options)) {
            System.out.println("fake cloud for org " + org.organizationId() + " (" + org.accounts().size()
                    + " accounts, management " + org.managementAccountId() + ") at " + cloud.endpoint());
            System.out.println("  export AWS_ENDPOINT_URL=" + cloud.endpoint());
            System.out.println("  export AWS_ACCESS_KEY_ID=" + cloud.managementCredentials().accessKeyId());
            System.out.println("  export AWS_SECRET_ACCESS_KEY=<any value: the fake cloud does not check signatures>");
            System.out.println("  export AWS_REGION=us-east-1");
            System.out.println("Ctrl-C to stop.");
            CountDownLatch stop = new CountDownLatch(1);
            Runtime.getRuntime().addShutdownHook(new Thread(stop::countDown));
            stop.await();
        }
        return 0;
    }
}
