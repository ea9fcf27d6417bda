package dev.vigil.collect;

import dev.vigil.collect.config.VigilConfig;
import dev.vigil.collect.credentials.BaseCredentials;
import dev.vigil.collect.engine.CallListener;
import dev.vigil.fakecloud.FakeCloud;
import dev.vigil.fakecloud.FakeCloudOptions;
import dev.vigil.fakecloud.StaticCredentials;
import dev.vigil.fakecloud.org.OrgSpec;
import dev.vigil.fakecloud.org.SyntheticOrg;
import dev.vigil.fakecloud.org.SyntheticOrgGenerator;
import dev.vigil.snapshot.Manifest;
import dev.vigil.snapshot.SnapshotWriter;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/** A synthetic org served by the fake cloud, and a collection run against it through the real SDK clients. */
final class FakeOrg implements AutoCloseable {
    final SyntheticOrg org;
    final FakeCloud cloud;
    final Set<String> sdkCalls = ConcurrentHashMap.newKeySet();

    FakeOrg(OrgSpec spec, FakeCloudOptions options) {
        this.org = SyntheticOrgGenerator.generate(spec);
        this.cloud = FakeCloud.start(org, options);
    }

    static FakeOrg small() {
        return new FakeOrg(new OrgSpec(6, List.of("us-east-1", "eu-west-1"), 7L, 2, 1, "VigilScanner", 1, 0.2),
                FakeCloudOptions.defaults().withMaxPageSize(3).withThreads(32));
    }

    VigilConfig config() {
        return VigilConfig.DEFAULT.withEndpointOverride(cloud.endpoint().toString());
    }

    CollectOptions options(VigilConfig config) {
        return options(config, cloud.managementCredentials());
    }

    /** Options whose starting identity is {@code creds} (a user in a security account, say). */
    CollectOptions options(VigilConfig config, StaticCredentials creds) {
        CallListener recorder = (account, region, service, operation) -> sdkCalls.add(service + ":" + operation);
        return new CollectOptions(config, BaseCredentials.fixed(creds.accessKeyId(), creds.secretAccessKey()),
                Map.of(), recorder, List.of(), ProgressListener.NONE, 0, Clock.systemUTC(), 10);
    }

    Manifest collect(Path dir, VigilConfig config) {
        return new CollectionJob(options(config)).run(SnapshotWriter.create(dir, "test"));
    }

    Manifest collect(Path dir, VigilConfig config, StaticCredentials creds) {
        return new CollectionJob(options(config, creds)).run(SnapshotWriter.create(dir, "test"));
    }

    @Override
    public void close() {
        cloud.close();
    }
}
