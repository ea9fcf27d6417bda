package dev.vigil.fakecloud.gcp;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.sun.net.httpserver.HttpServer;
import dev.vigil.fakecloud.CallLog;
import dev.vigil.fakecloud.FakeCloudOptions;
import dev.vigil.fakecloud.LoopbackServers;
import dev.vigil.fakecloud.fault.Faults;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.ExecutorService;

/**
 * A loopback HTTP server answering Google Cloud REST calls (Resource Manager v3, Cloud Asset Inventory v1, OAuth
 * token and IAM Credentials) for a synthetic organization, in the wire format of the Google Cloud Java clients'
 * HTTP/JSON transport.
 */
public final class GcpFakeCloud implements AutoCloseable {
    static {
        LoopbackServers.noDelay();
    }

    private final GcpSyntheticOrg org;
    private final HttpServer server;
    private final ExecutorService executor;
    private final CallLog calls = new CallLog();
    private final Faults faults = new Faults();
    private final GcpTokens tokens = new GcpTokens();
    private final Path credentialsFile;

    private GcpFakeCloud(GcpSyntheticOrg org, FakeCloudOptions options) throws IOException {
        this.org = org;
        this.server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), options.port()), 256);
        this.executor = LoopbackServers.executor("fake-gcp", Math.min(options.threads(), 32));
        server.setExecutor(executor);
        server.createContext("/", new GcpRouter(org, tokens, calls, faults, options));
        server.start();
        this.credentialsFile = Files.createTempFile("vigil-fake-gcp-adc-", ".json");
        ObjectNode adc = new ObjectMapper().createObjectNode().put("type", "authorized_user")
                .put("client_id", GcpTokens.CLIENT_ID).put("client_secret", GcpTokens.CLIENT_SECRET)
                .put("refresh_token", GcpTokens.REFRESH_TOKEN).put("token_uri", endpoint() + "/token");
        Files.writeString(credentialsFile, adc.toPrettyString());
    }

    public static GcpFakeCloud start(GcpSyntheticOrg org, FakeCloudOptions options) {
        try {
            return new GcpFakeCloud(org, options);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot start the fake GCP on 127.0.0.1:" + options.port(), e);
        }
    }

    public static GcpFakeCloud start(GcpSyntheticOrg org) {
        return start(org, FakeCloudOptions.defaults());
    }

    /** {@code http://127.0.0.1:PORT}: every Google API of the fake. */
    public URI endpoint() {
        return URI.create("http://127.0.0.1:" + server.getAddress().getPort());
    }

    /** An Application Default Credentials file ({@code authorized_user}) whose token URI is the fake's. */
    public Path credentialsFile() {
        return credentialsFile;
    }

    /** The IAM Credentials {@code generateAccessToken} URL for impersonating {@code serviceAccount}. */
    public String impersonationUrl(String serviceAccount) {
        return endpoint() + "/v1/projects/-/serviceAccounts/" + serviceAccount + ":generateAccessToken";
    }

    /** Service accounts whose tokens were minted by impersonation, in order. */
    public java.util.List<String> impersonated() {
        return tokens.impersonated();
    }

    public GcpSyntheticOrg org() {
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
        try {
            Files.deleteIfExists(credentialsFile);
        } catch (IOException e) {
            // a leftover temp file is harmless
        }
    }
}
