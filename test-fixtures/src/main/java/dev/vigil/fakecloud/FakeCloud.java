package dev.vigil.fakecloud;

import com.sun.net.httpserver.HttpServer;
import dev.vigil.fakecloud.aws.AssumableRoles;
import dev.vigil.fakecloud.aws.AwsRouter;
import dev.vigil.fakecloud.aws.CredentialStore;
import dev.vigil.fakecloud.aws.DelegatedAdministrators;
import dev.vigil.fakecloud.aws.Services;
import dev.vigil.fakecloud.fault.Faults;
import dev.vigil.fakecloud.org.SyntheticOrg;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.util.concurrent.ExecutorService;

/** A loopback HTTP server answering AWS API calls for a synthetic organization. */
public final class FakeCloud implements AutoCloseable {
    static {
        LoopbackServers.noDelay();
    }

    private final SyntheticOrg org;
    private final HttpServer server;
    private final ExecutorService executor;
    private final CredentialStore credentials;
    private final CallLog calls = new CallLog();
    private final Faults faults = new Faults();
    private final AssumableRoles roles;
    private final DelegatedAdministrators delegatedAdministrators = new DelegatedAdministrators();

    private FakeCloud(SyntheticOrg org, FakeCloudOptions options) throws IOException {
        this.org = org;
        this.credentials = new CredentialStore(org.managementAccountId());
        this.roles = new AssumableRoles(org);
        Services services = new Services(org, credentials, roles, delegatedAdministrators, calls, faults, options);
        this.server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), options.port()), 1024);
        this.executor = LoopbackServers.executor("fakecloud", options.threads());
        server.setExecutor(executor);
        server.createContext("/", new AwsRouter(services.routes(), services.s3Control(), credentials, calls, faults,
                options, org.regions()));
        server.start();
    }

    public static FakeCloud start(SyntheticOrg org, FakeCloudOptions options) {
        try {
            return new FakeCloud(org, options);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot bind 127.0.0.1:" + options.port(), e);
        }
    }

    public static FakeCloud start(SyntheticOrg org) {
        return start(org, FakeCloudOptions.defaults());
    }

    /** {@code http://127.0.0.1:PORT}. */
    public URI endpoint() {
        return URI.create("http://127.0.0.1:" + server.getAddress().getPort());
    }

    public int port() {
        return server.getAddress().getPort();
    }

    public SyntheticOrg org() {
        return org;
    }

    /** The starting identity: a user in the management account. */
    public StaticCredentials managementCredentials() {
        return credentials.managementCredentials();
    }

    /** A starting identity elsewhere: a user in {@code accountId} (a security or delegated-admin account, say). */
    public StaticCredentials userCredentials(String accountId) {
        return credentials.userIn(accountId);
    }

    /** The roles AssumeRole may enter; remove or add some to model accounts without the scanner role. */
    public AssumableRoles roles() {
        return roles;
    }

    /** Member accounts that may read AWS Organizations besides the management account. */
    public DelegatedAdministrators delegatedAdministrators() {
        return delegatedAdministrators;
    }

    public CallLog calls() {
        return calls;
    }

    public Faults faults() {
        return faults;
    }

    @Override
    public void close() {
        faults.hung().releaseAll();
        LoopbackServers.stop(server, executor);
    }

}
