package dev.vigil.fakecloud.aws;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.vigil.fakecloud.org.AccountResources;
import dev.vigil.fakecloud.org.AcmCertificate;
import dev.vigil.fakecloud.org.Plant;
import java.util.List;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.acm.AcmClient;
import software.amazon.awssdk.services.acm.model.CertificateSummary;
import software.amazon.awssdk.services.acm.model.ResourceNotFoundException;

/** ACM in JSON 1.1 through the SDK client: key-type filtering, paging and certificate details. */
class AcmWireTest extends WireTestBase {

    @Test
    void certificatesOfEveryKeyTypePageAndCarryTheirDetail() {
        AccountResources account = plantedWith(Plant.ACM_WEAK_RSA);
        String home = org.regions().get(0);
        AcmClient acm = clients.build(AcmClient.builder(), assume(account.accountId()), home);
        List<AcmCertificate> model = account.region(home).edgeSecurity().certificates();
        List<CertificateSummary> all = acm.listCertificatesPaginator(b -> b.maxItems(1)
                .includes(f -> f.keyTypesWithStrings(List.of("RSA_1024", "RSA_2048", "RSA_3072", "RSA_4096",
                        "EC_prime256v1", "EC_secp384r1", "EC_secp521r1")))).certificateSummaryList().stream().toList();
        assertThat(all).extracting(CertificateSummary::certificateArn).containsExactlyElementsOf(model.stream()
                .map(c -> c.arn(home, account.accountId())).toList());
        List<CertificateSummary> byDefault = acm.listCertificatesPaginator().certificateSummaryList().stream().toList();
        assertThat(byDefault).isNotEmpty().allSatisfy(c -> assertThat(c.keyAlgorithmAsString()).isEqualTo("RSA_2048"));
        assertThat(byDefault).hasSizeLessThan(all.size());
        AcmCertificate legacy = model.stream().filter(c -> c.keyAlgorithm().equals("RSA_1024")).findFirst().orElseThrow();
        var detail = acm.describeCertificate(b -> b.certificateArn(legacy.arn(home, account.accountId()))).certificate();
        assertThat(detail.keyAlgorithmAsString()).isEqualTo("RSA-1024");
        assertThat(detail.typeAsString()).isEqualTo("IMPORTED");
        assertThat(detail.notAfter()).isEqualTo(legacy.notAfter());
        assertThat(detail.inUseBy()).isNotEmpty();
        assertThat(detail.options().certificateTransparencyLoggingPreferenceAsString()).isEqualTo("ENABLED");
        assertThatThrownBy(() -> acm.describeCertificate(b -> b.certificateArn("arn:aws:acm:" + home + ":"
                + account.accountId() + ":certificate/nope"))).isInstanceOf(ResourceNotFoundException.class);
        AcmClient other = clients.build(AcmClient.builder(), assume(account.accountId()), org.regions().get(1));
        assertThat(other.listCertificates().certificateSummaryList()).isEmpty();
    }
}
