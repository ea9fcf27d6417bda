package dev.vigil.fakecloud.aws;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.vigil.fakecloud.org.AccountResources;
import dev.vigil.fakecloud.org.Plant;
import dev.vigil.fakecloud.org.Secret;
import java.time.temporal.ChronoUnit;
import java.util.List;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.secretsmanager.SecretsManagerClient;
import software.amazon.awssdk.services.secretsmanager.model.ResourceNotFoundException;
import software.amazon.awssdk.services.secretsmanager.model.SecretListEntry;
import software.amazon.awssdk.services.secretsmanager.model.SecretsManagerException;

/** The SDK's Secrets Manager client (JSON 1.1) against the fake: paging, metadata, resource policies, no values. */
class SecretsManagerWireTest extends WireTestBase {

    private SecretsManagerClient client(AccountResources r, String region) {
        return clients.build(SecretsManagerClient.builder(), assume(r.accountId()), region);
    }

    private static String home(AccountResources r) {
        return r.regions().entrySet().stream().filter(e -> !e.getValue().messaging().secrets().isEmpty())
                .map(java.util.Map.Entry::getKey).findFirst().orElseThrow();
    }

    @Test
    void listsEverySecretOnePageAtATimeWithItsMetadata() {
        AccountResources r = plantedWith(Plant.SECRET_NOT_ROTATED);
        String region = home(r);
        List<SecretListEntry> listed = client(r, region).listSecretsPaginator(b -> b.maxResults(1)).stream()
                .flatMap(p -> p.secretList().stream()).toList();
        List<Secret> model = r.region(region).messaging().secrets();
        assertThat(listed).extracting(SecretListEntry::arn)
                .containsExactlyElementsOf(model.stream().map(s -> s.arn(region, r.accountId())).toList());
        SecretListEntry clean = listed.stream().filter(s -> s.name().equals("prod/db-credentials")).findFirst()
                .orElseThrow();
        Secret cleanModel = model.get(0);
        assertThat(clean.rotationEnabled()).isTrue();
        assertThat(clean.rotationRules().automaticallyAfterDays()).isEqualTo(30L);
        assertThat(clean.kmsKeyId()).startsWith("arn:aws:kms:" + region + ":" + r.accountId() + ":key/");
        assertThat(clean.lastRotatedDate()).isEqualTo(cleanModel.lastRotated().truncatedTo(ChronoUnit.MILLIS));
        assertThat(clean.lastAccessedDate()).isEqualTo(cleanModel.lastAccessed().truncatedTo(ChronoUnit.DAYS));
        assertThat(clean.arn()).matches("arn:aws:secretsmanager:" + region + ":\\d{12}:secret:prod/db-credentials-\\w{6}");
        SecretListEntry stale = listed.stream().filter(s -> s.name().equals("prod/stale-rotation")).findFirst()
                .orElseThrow();
        assertThat(stale.rotationEnabled()).isTrue();
        assertThat(stale.lastRotatedDate()).isBefore(clean.lastRotatedDate().minus(100, ChronoUnit.DAYS));
        SecretListEntry fresh = listed.stream().filter(s -> s.name().equals("new/onboarding-token")).findFirst()
                .orElseThrow();
        assertThat(fresh.lastAccessedDate()).isNull();
        assertThat(fresh.lastRotatedDate()).isNull();
    }

    @Test
    void defaultKeySecretsOmitTheKeyAndPoliciesComeAsJsonText() {
        AccountResources r = plantedWith(Plant.SECRET_DEFAULT_KEY);
        String region = home(r);
        SecretsManagerClient sm = client(r, region);
        SecretListEntry plain = sm.listSecretsPaginator(b -> { }).stream().flatMap(p -> p.secretList().stream())
                .filter(s -> s.name().equals("app/default-key")).findFirst().orElseThrow();
        assertThat(plain.kmsKeyId()).isNull();
        assertThat(plain.rotationEnabled()).isTrue();
        assertThat(sm.getResourcePolicy(b -> b.secretId(plain.arn())).resourcePolicy())
                .contains("\"arn:aws:iam::" + r.accountId() + ":role/app\"");
        assertThat(sm.getResourcePolicy(b -> b.secretId("prod/partner-token")).resourcePolicy())
                .contains("aws:PrincipalOrgID");
        assertThatThrownBy(() -> sm.getResourcePolicy(b -> b.secretId("missing/secret")))
                .isInstanceOf(ResourceNotFoundException.class);
    }

    @Test
    void secretValuesAreNeverServed() {
        AccountResources r = plantedWith(Plant.SECRET_PUBLIC_POLICY);
        SecretsManagerClient sm = client(r, home(r));
        assertThat(sm.getResourcePolicy(b -> b.secretId("shared/open-token")).resourcePolicy())
                .doesNotContain("Condition");
        assertThatThrownBy(() -> sm.getSecretValue(b -> b.secretId("prod/db-credentials"))).isInstanceOfSatisfying(
                SecretsManagerException.class,
                e -> assertThat(e.awsErrorDetails().errorCode()).isEqualTo("AccessDeniedException"));
        assertThat(cloud.calls().mutatingCalls()).anyMatch(c -> c.startsWith("secretsmanager:GetSecretValue"));
    }
}
