package dev.vigil.collect.gcp;

import com.google.auth.oauth2.GoogleCredentials;
import com.google.auth.oauth2.ImpersonatedCredentials;
import dev.vigil.collect.config.ConfigException;
import dev.vigil.collect.config.GcpConfig;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

/**
 * The credentials every Google client of a run shares: Application Default Credentials (the configured file,
 * {@code GOOGLE_APPLICATION_CREDENTIALS}, gcloud's file, or the metadata server), optionally impersonating a
 * service account through IAM Credentials.
 */
final class GcpCredentials {
    static final String CLOUD_PLATFORM = "https://www.googleapis.com/auth/cloud-platform";

    private GcpCredentials() {
    }

    static GoogleCredentials resolve(GcpConfig config, Map<String, String> environment) {
        GoogleCredentials base = base(config, environment).createScoped(List.of(CLOUD_PLATFORM));
        String target = config.impersonateServiceAccount();
        if (target == null || target.isBlank()) {
            return base;
        }
        ImpersonatedCredentials.Builder builder = ImpersonatedCredentials.newBuilder()
                .setSourceCredentials(base).setTargetPrincipal(target).setScopes(List.of(CLOUD_PLATFORM))
                .setLifetime(3600);
        if (config.endpoint() != null) {
            builder.setIamEndpointOverride(config.endpoint().replaceAll("/+$", "")
                    + "/v1/projects/-/serviceAccounts/" + target + ":generateAccessToken");
        }
        return builder.build();
    }

    private static GoogleCredentials base(GcpConfig config, Map<String, String> environment) {
        String file = config.credentialsFile() != null ? config.credentialsFile()
                : environment.get("GOOGLE_APPLICATION_CREDENTIALS");
        try {
            if (file != null) {
                try (InputStream in = Files.newInputStream(Path.of(file))) {
                    return GoogleCredentials.fromStream(in);
                }
            }
            return GoogleCredentials.getApplicationDefault();
        } catch (IOException e) {
            throw new ConfigException("GCP credentials: " + (file != null ? "cannot read " + file + ": " : "")
                    + e.getMessage() + " (set gcp.credentials_file, GOOGLE_APPLICATION_CREDENTIALS, or run "
                    + "'gcloud auth application-default login')");
        }
    }
}
