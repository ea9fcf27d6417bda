package dev.vigil.collect.aws;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.vigil.collect.engine.Redaction;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.ec2.model.DescribeLaunchTemplateVersionsResponse;
import software.amazon.awssdk.services.ec2.model.LaunchTemplateVersion;

class Ec2LaunchTemplateSpecsTest {
    private static final String USER_DATA = "IyEvYmluL2Jhc2gKZXhwb3J0IERCX1BBU1NXT1JEPWh1bnRlcjI="; // DB_PASSWORD=hunter2

    @Test
    void defaultVersionKeepsSettingsAndOnlyAFingerprintOfUserData() {
        DescribeLaunchTemplateVersionsResponse response = DescribeLaunchTemplateVersionsResponse.builder()
                .launchTemplateVersions(LaunchTemplateVersion.builder().versionNumber(2L).defaultVersion(true)
                        .launchTemplateData(d -> d.userData(USER_DATA).metadataOptions(m -> m.httpTokens("required"))
                                .networkInterfaces(n -> n.deviceIndex(0).associatePublicIpAddress(false)))
                        .build())
                .build();
        JsonNode version = Ec2LaunchTemplateSpecs.defaultVersion(response);
        assertThat(version.toString()).doesNotContain(USER_DATA);
        assertThat(version.at("/LaunchTemplateData/UserData/present").asBoolean()).isTrue();
        assertThat(version.at("/LaunchTemplateData/UserData/sha256").asText()).isEqualTo(Redaction.sha256(USER_DATA));
        assertThat(version.at("/LaunchTemplateData/MetadataOptions/HttpTokens").asText()).isEqualTo("required");
        assertThat(version.at("/LaunchTemplateData/NetworkInterfaces/0/AssociatePublicIpAddress").asBoolean()).isFalse();
        assertThat(version.at("/VersionNumber").asInt()).isEqualTo(2);
    }

    @Test
    void noUserDataStaysAbsentAndNoVersionIsNull() {
        JsonNode version = Ec2LaunchTemplateSpecs.defaultVersion(DescribeLaunchTemplateVersionsResponse.builder()
                .launchTemplateVersions(LaunchTemplateVersion.builder().versionNumber(1L)
                        .launchTemplateData(d -> d.imageId("ami-1")).build()).build());
        assertThat(version.at("/LaunchTemplateData").has("UserData")).isFalse();
        assertThat(Ec2LaunchTemplateSpecs.defaultVersion(DescribeLaunchTemplateVersionsResponse.builder().build())
                .isNull()).isTrue();
    }

    @Test
    void everyCallIsADeclaredOperation() {
        assertThat(Ec2LaunchTemplateSpecs.LAUNCH_TEMPLATE.operations()).extracting(o -> o.iamAction())
                .containsExactly("ec2:DescribeLaunchTemplates", "ec2:DescribeLaunchTemplateVersions");
    }
}
