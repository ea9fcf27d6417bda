package dev.vigil.fakecloud.azure;

import com.sun.net.httpserver.HttpsConfigurator;
import com.sun.net.httpserver.HttpsServer;
import dev.vigil.fakecloud.CallLog;
import dev.vigil.fakecloud.FakeCloudOptions;
import dev.vigil.fakecloud.LoopbackServers;
import dev.vigil.fakecloud.fault.Faults;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.file.Path;
import java.util.concurrent.ExecutorService;

/**
 * A loopback HTTPS server answering Azure Resource Manager, Resource Graph, Cost Management and Entra ID token calls
 * for a synthetic tenant, in the wire format of the Azure SDK for Java. It serves TLS with a certificate made at
 * start, because Azure token credentials refuse plain HTTP.
 */
public final class AzureFakeCloud implements AutoCloseable {
    static {
        LoopbackServers.noDelay();
    }

    public static final String CLIENT_ID = "00000000-0000-0000-0000-00000000c11e";
    public static final String CLIENT_SECRET = "fake-client-secret-value";

    private final AzureSyntheticOrg org;
    private final SelfSignedCertificate certificate;
    private final HttpsServer server;
    private final ExecutorService executor;
    private final CallLog calls = new CallLog();
    private final Faults faults = new Faults();

    private AzureFakeCloud(AzureSyntheticOrg org, FakeCloudOptions options) throws IOException {
        this.org = org;
        this.certificate = SelfSignedCertificate.create();
        this.server = HttpsServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), options.port()), 256);
        server.setHttpsConfigurator(new HttpsConfigurator(certificate.serverContext()));
        this.executor = LoopbackServers.executor("fake-azure", Math.min(options.threads(), 32));
        server.setExecutor(executor);
        server.createContext("/", new AzureRouter(org, calls, faults, options, this::endpoint));
        server.start();
    }

    public static AzureFakeCloud start(AzureSyntheticOrg org, FakeCloudOptions options) {
        try {
            return new AzureFakeCloud(org, options);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot start the fake Azure on 127.0.0.1:" + options.port(), e);
        }
    }

    public static AzureFakeCloud start(AzureSyntheticOrg org) {
        return start(org, FakeCloudOptions.defaults());
    }

    /** {@code https://127.0.0.1:PORT}: Resource Manager and the Entra ID authority host at once. */
    public URI endpoint() {
        return URI.create("https://127.0.0.1:" + server.getAddress().getPort());
    }

    public String tenantId() {
        return org.tenantId();
    }

    /** The PEM of the fake's self-signed certificate: trust it and nothing else changes. */
    public Path caCertificatePem() {
        return certificate.pem();
    }

    public AzureSyntheticOrg org() {
        return org;
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
        certificate.close();
    }
}
