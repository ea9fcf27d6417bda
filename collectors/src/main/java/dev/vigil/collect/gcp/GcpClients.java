package dev.vigil.collect.gcp;

import com.google.api.gax.core.FixedCredentialsProvider;
import com.google.auth.oauth2.GoogleCredentials;
import com.google.cloud.asset.v1.AssetServiceClient;
import com.google.cloud.asset.v1.AssetServiceSettings;
import com.google.cloud.billing.budgets.v1.BudgetServiceClient;
import com.google.cloud.billing.budgets.v1.BudgetServiceSettings;
import com.google.cloud.billing.v1.CloudBillingClient;
import com.google.cloud.billing.v1.CloudBillingSettings;
import com.google.cloud.resourcemanager.v3.FoldersClient;
import com.google.cloud.resourcemanager.v3.FoldersSettings;
import com.google.cloud.resourcemanager.v3.OrganizationsClient;
import com.google.cloud.resourcemanager.v3.OrganizationsSettings;
import com.google.cloud.resourcemanager.v3.ProjectsClient;
import com.google.cloud.resourcemanager.v3.ProjectsSettings;
import dev.vigil.collect.config.Retries;
import dev.vigil.collect.config.Timeouts;
import java.io.IOException;
import java.io.UncheckedIOException;

/**
 * The Google Cloud clients of one run, on the HTTP/JSON transport, all pointed at one endpoint when overridden, every
 * method with Vigil's timeouts and retries ({@link GcpCallSettings}).
 */
final class GcpClients implements AutoCloseable {
    final OrganizationsClient organizations;
    final FoldersClient folders;
    final ProjectsClient projects;
    final AssetServiceClient assets;
    final CloudBillingClient billing;
    final BudgetServiceClient budgets;

    GcpClients(GoogleCredentials credentials, String endpoint, Timeouts timeouts, Retries retries) {
        FixedCredentialsProvider provider = FixedCredentialsProvider.create(credentials);
        try {
            OrganizationsSettings.Builder o = OrganizationsSettings.newHttpJsonBuilder().setCredentialsProvider(provider);
            FoldersSettings.Builder f = FoldersSettings.newHttpJsonBuilder().setCredentialsProvider(provider);
            ProjectsSettings.Builder p = ProjectsSettings.newHttpJsonBuilder().setCredentialsProvider(provider);
            AssetServiceSettings.Builder a = AssetServiceSettings.newHttpJsonBuilder().setCredentialsProvider(provider);
            CloudBillingSettings.Builder b = CloudBillingSettings.newHttpJsonBuilder().setCredentialsProvider(provider);
            BudgetServiceSettings.Builder g = BudgetServiceSettings.newHttpJsonBuilder().setCredentialsProvider(provider);
            var everyMethod = GcpCallSettings.everyMethod(timeouts, retries);
            o.applyToAllUnaryMethods(everyMethod);
            f.applyToAllUnaryMethods(everyMethod);
            p.applyToAllUnaryMethods(everyMethod);
            a.applyToAllUnaryMethods(everyMethod);
            b.applyToAllUnaryMethods(everyMethod);
            g.applyToAllUnaryMethods(everyMethod);
            if (endpoint != null) {
                String e = endpoint.replaceAll("/+$", "");
                o.setEndpoint(e);
                f.setEndpoint(e);
                p.setEndpoint(e);
                a.setEndpoint(e);
                b.setEndpoint(e);
                g.setEndpoint(e);
            }
            organizations = OrganizationsClient.create(o.build());
            folders = FoldersClient.create(f.build());
            projects = ProjectsClient.create(p.build());
            assets = AssetServiceClient.create(a.build());
            billing = CloudBillingClient.create(b.build());
            budgets = BudgetServiceClient.create(g.build());
        } catch (IOException e) {
            throw new UncheckedIOException("cannot create the Google Cloud clients", e);
        }
    }

    @Override
    public void close() {
        organizations.close();
        folders.close();
        projects.close();
        assets.close();
        billing.close();
        budgets.close();
    }
}
