package dev.vigil.fakecloud.aws;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.vigil.fakecloud.org.AccountResources;
import dev.vigil.fakecloud.org.Plant;
import dev.vigil.fakecloud.org.SsmDocument;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.ssm.SsmClient;
import software.amazon.awssdk.services.ssm.model.DocumentIdentifier;
import software.amazon.awssdk.services.ssm.model.DocumentPermissionType;
import software.amazon.awssdk.services.ssm.model.InvalidDocumentException;
import software.amazon.awssdk.services.ssm.model.ServiceSettingNotFoundException;
import software.amazon.awssdk.services.ssm.model.SsmException;

/** The SDK's SSM client (JSON 1.1) against the fake: owned documents, their sharing, the public-sharing setting. */
class SsmWireTest extends WireTestBase {
    private static final String SETTING = "/ssm/documents/console/public-sharing-permission";

    private SsmClient client(AccountResources r, String region) {
        return clients.build(SsmClient.builder(), assume(r.accountId()), region);
    }

    private static String home(AccountResources r) {
        return r.regions().entrySet().stream().filter(e -> !e.getValue().messaging().documents().isEmpty())
                .map(Map.Entry::getKey).findFirst().orElseThrow();
    }

    @Test
    void ownedDocumentsPageAndCarryTheirSharing() {
        AccountResources r = plantedWith(Plant.SSM_PUBLIC_DOCUMENT);
        String region = home(r);
        SsmClient ssm = client(r, region);
        List<DocumentIdentifier> docs = ssm.listDocumentsPaginator(b -> b.maxResults(1)
                .filters(f -> f.key("Owner").values("Self"))).stream()
                .flatMap(p -> p.documentIdentifiers().stream()).toList();
        assertThat(docs).extracting(DocumentIdentifier::name).containsExactlyElementsOf(
                r.region(region).messaging().documents().stream().map(SsmDocument::name).toList());
        assertThat(docs).allMatch(d -> d.owner().equals(r.accountId()));
        assertThat(ssm.describeDocumentPermission(b -> b.name("public-runbook")
                .permissionType(DocumentPermissionType.SHARE)).accountIds()).contains("all");
        assertThat(ssm.describeDocumentPermission(b -> b.name("app-bootstrap")
                .permissionType(DocumentPermissionType.SHARE)).accountIds()).isEmpty();
        assertThatThrownBy(() -> ssm.describeDocumentPermission(b -> b.name("missing")
                .permissionType(DocumentPermissionType.SHARE))).isInstanceOf(InvalidDocumentException.class);
    }

    @Test
    void publicSharingSettingIsEnabledOnlyWherePlanted() {
        AccountResources r = plantedWith(Plant.SSM_PUBLIC_SHARING_ALLOWED);
        String home = home(r);
        assertThat(client(r, home).getServiceSetting(b -> b.settingId(SETTING)).serviceSetting().settingValue())
                .isEqualTo("Enable");
        String other = r.regions().keySet().stream().filter(x -> !x.equals(home)).findFirst().orElseThrow();
        var setting = client(r, other).getServiceSetting(b -> b.settingId(SETTING)).serviceSetting();
        assertThat(setting.settingValue()).isEqualTo("Disable");
        assertThat(setting.arn()).isEqualTo("arn:aws:ssm:" + other + ":" + r.accountId() + ":servicesetting" + SETTING);
        assertThatThrownBy(() -> client(r, home).getServiceSetting(b -> b.settingId("/ssm/unknown")))
                .isInstanceOf(ServiceSettingNotFoundException.class);
        assertThatThrownBy(() -> client(r, home).updateServiceSetting(b -> b.settingId(SETTING).settingValue("Disable")))
                .isInstanceOfSatisfying(SsmException.class,
                        e -> assertThat(e.awsErrorDetails().errorCode()).isEqualTo("AccessDeniedException"));
    }
}
