package dev.vigil.fakecloud.azure;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyStore;
import java.util.List;
import javax.net.ssl.KeyManagerFactory;
import javax.net.ssl.SSLContext;

/**
 * A throw-away certificate for 127.0.0.1, made by the JDK's own keytool (the JDK has no public API to sign one),
 * and the PEM a client trusts it by.
 */
final class SelfSignedCertificate implements AutoCloseable {
    private static final String ALIAS = "vigil-fake";

    private final Path dir;
    private final Path keyStore;
    private final Path pem;
    private final char[] password;

    private SelfSignedCertificate(Path dir, char[] password) {
        this.dir = dir;
        this.keyStore = dir.resolve("fake.p12");
        this.pem = dir.resolve("fake-ca.pem");
        this.password = password;
    }

    static SelfSignedCertificate create() {
        try {
            Path dir = Files.createTempDirectory("vigil-fake-tls-");
            char[] password = Long.toHexString(Double.doubleToLongBits(Math.random())).toCharArray();
            SelfSignedCertificate cert = new SelfSignedCertificate(dir, password);
            String keytool = Path.of(System.getProperty("java.home"), "bin", "keytool").toString();
            String pass = new String(password);
            run(List.of(keytool, "-genkeypair", "-alias", ALIAS, "-keyalg", "EC", "-groupname", "secp256r1",
                    "-validity", "2", "-dname", "CN=127.0.0.1", "-ext", "SAN=ip:127.0.0.1,dns:localhost",
                    "-storetype", "PKCS12", "-keystore", cert.keyStore.toString(), "-storepass", pass, "-keypass", pass));
            run(List.of(keytool, "-exportcert", "-rfc", "-alias", ALIAS, "-keystore", cert.keyStore.toString(),
                    "-storepass", pass, "-file", cert.pem.toString()));
            return cert;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot create the fake cloud's TLS certificate", e);
        }
    }

    private static void run(List<String> command) throws IOException {
        Process p = new ProcessBuilder(command).redirectErrorStream(true).start();
        String output = new String(p.getInputStream().readAllBytes());
        try {
            if (p.waitFor() != 0) {
                throw new IOException("keytool failed: " + output);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("interrupted while running keytool", e);
        }
    }

    SSLContext serverContext() {
        try (InputStream in = Files.newInputStream(keyStore)) {
            KeyStore ks = KeyStore.getInstance("PKCS12");
            ks.load(in, password);
            KeyManagerFactory kmf = KeyManagerFactory.getInstance(KeyManagerFactory.getDefaultAlgorithm());
            kmf.init(ks, password);
            SSLContext context = SSLContext.getInstance("TLS");
            context.init(kmf.getKeyManagers(), null, null);
            return context;
        } catch (IOException | GeneralSecurityException e) {
            throw new IllegalStateException("cannot load the fake cloud's key store", e);
        }
    }

    /** The certificate, PEM-encoded: what a client adds to its trusted certificates. */
    Path pem() {
        return pem;
    }

    @Override
    public void close() {
        try {
            Files.deleteIfExists(keyStore);
            Files.deleteIfExists(pem);
            Files.deleteIfExists(dir);
        } catch (IOException e) {
            // temp files; nothing to do
        }
    }
}
