package dev.vigil.fakecloud.aws;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.vigil.fakecloud.org.AccountResources;
import dev.vigil.fakecloud.org.Canary;
import dev.vigil.fakecloud.org.Plant;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.autoscaling.AutoScalingClient;
import software.amazon.awssdk.services.autoscaling.model.AutoScalingException;
import software.amazon.awssdk.services.ec2.Ec2Client;
import software.amazon.awssdk.services.ec2.model.Ec2Exception;
import software.amazon.awssdk.services.ec2.model.LaunchTemplate;
import software.amazon.awssdk.services.ec2.model.LaunchTemplateHttpTokensState;
import software.amazon.awssdk.services.ec2.model.LaunchTemplateVersion;

/** Launch templates and their versions (EC2 Query) and Auto Scaling groups (Query/XML) through the SDK clients. */
class FleetWireTest extends WireTestBase {

    private Ec2Client ec2(String accountId) {
        return clients.build(Ec2Client.builder(), assume(accountId), org.regions().get(0));
    }

    private AutoScalingClient autoScaling(String accountId) {
        return clients.build(AutoScalingClient.builder(), assume(accountId), org.regions().get(0));
    }

    @Test
    void launchTemplatesAndTheirDefaultVersion() {
        AccountResources r = plantedWith(Plant.LAUNCH_TEMPLATE_PUBLIC_IP);
        Ec2Client ec2 = ec2(r.accountId());
        List<LaunchTemplate> templates = ec2.describeLaunchTemplatesPaginator(b -> b.maxResults(1)).launchTemplates()
                .stream().toList();
        assertThat(templates).hasSize(r.region(org.regions().get(0)).fleet().launchTemplates().size());
        LaunchTemplate app = templates.stream().filter(t -> t.launchTemplateName().equals("app-lt")).findFirst()
                .orElseThrow();
        assertThat(app.defaultVersionNumber()).isEqualTo(2);
        assertThat(app.latestVersionNumber()).isEqualTo(3);
        assertThat(app.tags()).isNotEmpty();
        LaunchTemplateVersion dflt = ec2.describeLaunchTemplateVersions(b -> b.launchTemplateId(app.launchTemplateId())
                .versions("$Default")).launchTemplateVersions().get(0);
        assertThat(dflt.versionNumber()).isEqualTo(2);
        assertThat(dflt.defaultVersion()).isTrue();
        assertThat(dflt.launchTemplateData().metadataOptions().httpTokens()).isEqualTo(LaunchTemplateHttpTokensState.REQUIRED);
        assertThat(dflt.launchTemplateData().networkInterfaces()).singleElement().satisfies(n -> {
            assertThat(n.associatePublicIpAddress()).isFalse();
            assertThat(n.groups()).singleElement().asString().startsWith("sg-");
        });
        String script = new String(Base64.getDecoder().decode(dflt.launchTemplateData().userData()),
                StandardCharsets.UTF_8);
        assertThat(script).startsWith("#!/bin/bash").contains(Canary.PREFIX);
        assertThat(ec2.describeLaunchTemplateVersionsPaginator(b -> b.launchTemplateName("app-lt").maxResults(1))
                .launchTemplateVersions().stream().map(LaunchTemplateVersion::versionNumber).toList())
                .containsExactly(1L, 2L, 3L);
        LaunchTemplateVersion latest = ec2.describeLaunchTemplateVersions(b -> b.launchTemplateId(app.launchTemplateId())
                .versions("$Latest")).launchTemplateVersions().get(0);
        assertThat(latest.launchTemplateData().metadataOptions().httpTokens())
                .isEqualTo(LaunchTemplateHttpTokensState.OPTIONAL);
        LaunchTemplate pub = templates.stream().filter(t -> t.launchTemplateName().equals("public-lt")).findFirst()
                .orElseThrow();
        assertThat(ec2.describeLaunchTemplateVersions(b -> b.launchTemplateId(pub.launchTemplateId()).versions("$Default"))
                .launchTemplateVersions().get(0).launchTemplateData().networkInterfaces().get(0)
                .associatePublicIpAddress()).isTrue();
        assertThatThrownBy(() -> ec2.describeLaunchTemplateVersions(b -> b.launchTemplateId("lt-0000000000000000")
                .versions("$Default"))).isInstanceOfSatisfying(Ec2Exception.class, e -> assertThat(
                        e.awsErrorDetails().errorCode()).isEqualTo("InvalidLaunchTemplateId.NotFound"));
    }

    @Test
    void autoScalingGroupsParseWithTemplatesZonesAndTargetGroups() {
        AccountResources r = plantedWith(Plant.ASG_LAUNCH_CONFIGURATION);
        AutoScalingClient as = autoScaling(r.accountId());
        var groups = as.describeAutoScalingGroupsPaginator(b -> b.maxRecords(1)).autoScalingGroups().stream().toList();
        assertThat(groups).hasSize(r.region(org.regions().get(0)).fleet().groups().size());
        var app = groups.stream().filter(g -> g.autoScalingGroupName().equals("app-asg")).findFirst().orElseThrow();
        assertThat(app.launchTemplate().launchTemplateId()).startsWith("lt-");
        assertThat(app.launchTemplate().version()).isEqualTo("$Default");
        assertThat(app.launchConfigurationName()).isNull();
        assertThat(app.availabilityZones()).hasSize(2);
        assertThat(app.targetGroupARNs()).singleElement().asString().contains(":targetgroup/app-tg/");
        assertThat(app.healthCheckType()).isEqualTo("ELB");
        assertThat(app.autoScalingGroupARN()).startsWith("arn:aws:autoscaling:").endsWith(":autoScalingGroupName/app-asg");
        assertThat(app.tags()).anySatisfy(t -> assertThat(t.key()).isEqualTo("Name"));
        var legacy = groups.stream().filter(g -> g.autoScalingGroupName().equals("legacy-asg")).findFirst().orElseThrow();
        assertThat(legacy.launchTemplate()).isNull();
        assertThat(legacy.launchConfigurationName()).isEqualTo("legacy-lc");
        assertThat(as.describeAutoScalingGroups(b -> b.autoScalingGroupNames("batch-asg")).autoScalingGroups())
                .singleElement().satisfies(g -> assertThat(g.targetGroupARNs()).isEmpty());
        assertThatThrownBy(() -> as.describeAutoScalingGroups(b -> b.maxRecords(101)))
                .isInstanceOf(AutoScalingException.class);
    }
}
