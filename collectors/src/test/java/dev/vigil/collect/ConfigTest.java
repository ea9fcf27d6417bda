package dev.vigil.collect;

import dev.vigil.collect.config.RateLimits;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.vigil.collect.aws.AwsServices;
import dev.vigil.collect.config.ConfigException;
import dev.vigil.collect.config.ConfigLoader;
import dev.vigil.collect.config.RateLimits;
import dev.vigil.collect.config.VigilConfig;
import dev.vigil.collect.engine.Endpoints;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ConfigTest {
    @TempDir
    Path dir;

    private Path write(String yaml) throws Exception {
        Path file = dir.resolve("vigil.yaml");
        Files.writeString(file, yaml);
        return file;
    }

    @Test
    void readsAFullConfig() throws Exception {
        VigilConfig c = new ConfigLoader().load(write("""
                accounts:
                  include: ["111122223333"]
                ous:
                  exclude: [ou-ab12-11111111]
                account_tags:
                  exclude: {scan: "no"}
                regions: [us-east-1, eu-west-1]
                role:
                  arn_template: "arn:aws:iam::{account_id}:role/Audit"
                  external_id: abc
                  session_duration_seconds: 1800
                concurrency:
                  accounts: 4
                rate_limits:
                  requests_per_second: 5
                  per_service: {iam: 2}
                endpoint_override: http://127.0.0.1:4566
                """));
        assertThat(c.accounts().include()).containsExactly("111122223333");
        assertThat(c.ous().exclude()).containsExactly("ou-ab12-11111111");
        assertThat(c.accountTags().excludes(Map.of("scan", "no"))).isTrue();
        assertThat(c.regions()).containsExactly("us-east-1", "eu-west-1");
        assertThat(c.role().roleArn("444455556666")).isEqualTo("arn:aws:iam::444455556666:role/Audit");
        assertThat(c.concurrency().workers()).isEqualTo(16);
        assertThat(c.rateLimits().rateFor("iam")).isEqualTo(2.0);
        assertThat(c.rateLimits().rateFor("ec2")).isEqualTo(5.0);
        assertThat(RateLimits.DEFAULT.rateFor("rds")).as("AWS's published RDS quota").isEqualTo(12.0);
        assertThat(RateLimits.DEFAULT.rateFor("kms")).isEqualTo(20.0);
        assertThat(RateLimits.DEFAULT.rateFor("dynamodb")).as("2,500 control-plane calls per second").isEqualTo(20.0);
        assertThat(RateLimits.DEFAULT.rateFor("elasticfilesystem")).isEqualTo(20.0);
        assertThat(RateLimits.DEFAULT.rateFor("elasticache")).isEqualTo(20.0);
        assertThat(RateLimits.DEFAULT.rateFor("redshift")).isEqualTo(20.0);
        assertThat(RateLimits.DEFAULT.rateFor("elbv2")).as("ELB's Describe* bucket refill, per API version").isEqualTo(10.0);
        assertThat(RateLimits.DEFAULT.rateFor("elb")).isEqualTo(10.0);
        assertThat(RateLimits.DEFAULT.rateFor("apigateway")).isEqualTo(10.0);
        assertThat(RateLimits.DEFAULT.rateFor("es")).isEqualTo(20.0);
        assertThat(RateLimits.DEFAULT.rateFor("securityhub")).as("AWS's published Security Hub quota").isEqualTo(10.0);
        assertThat(RateLimits.DEFAULT.rateFor("lambda")).as("AWS's published Lambda control-plane quota").isEqualTo(15.0);
        assertThat(RateLimits.DEFAULT.rateFor("logs")).as("DescribeMetricFilters' published quota").isEqualTo(5.0);
        assertThat(RateLimits.DEFAULT.rateFor("monitoring")).as("DescribeAlarms' published quota").isEqualTo(9.0);
        assertThat(RateLimits.DEFAULT.rateFor("sns")).as("SNS read quotas are above the default").isEqualTo(20.0);
        assertThat(RateLimits.DEFAULT.rateFor("route53")).as("Route 53: five requests per second per account").isEqualTo(5.0);
        assertThat(RateLimits.DEFAULT.rateFor("acm")).as("ACM ListCertificates' published quota").isEqualTo(8.0);
        assertThat(RateLimits.DEFAULT.rateFor("wafv2")).as("WAF publishes a rate for mutating calls only").isEqualTo(20.0);
    }

    @Test
    void anUnknownKeyNamesFileLineAndKey() throws Exception {
        Path file = write("""
                regions: [us-east-1]
                role:
                  name: VigilScanner
                  sesion_name: typo
                """);
        assertThatThrownBy(() -> new ConfigLoader().load(file)).isInstanceOf(ConfigException.class)
                .hasMessageStartingWith(file + ":4:")
                .hasMessageContaining("unknown key 'role.sesion_name'")
                .hasMessageContaining("session_name");
    }

    @Test
    void aWrongTypeNamesFileLineAndKey() throws Exception {
        Path file = write("""
                concurrency:
                  accounts: many
                """);
        assertThatThrownBy(() -> new ConfigLoader().load(file)).isInstanceOf(ConfigException.class)
                .hasMessageStartingWith(file + ":2:")
                .hasMessageContaining("concurrency.accounts")
                .hasMessageContaining("whole number");
    }

    @Test
    void badValuesAreRefused() throws Exception {
        assertThatThrownBy(() -> new ConfigLoader().load(write("accounts:\n  include: [\"12\"]\n")))
                .hasMessageContaining("not a 12-digit account id");
        assertThatThrownBy(() -> new ConfigLoader().load(write("role:\n  session_duration_seconds: 60\n")))
                .hasMessageContaining("between 900 and 43200");
    }

    @Test
    void badValuesPointAtTheirLineAndColumn() throws Exception {
        Path file = write("regions: [us-east-1]\nretries:\n  base_backoff: 1s\n  max_attempts: 0\n");
        assertThatThrownBy(() -> new ConfigLoader().load(file)).isInstanceOf(ConfigException.class)
                .hasMessage(file + ":4:3: retries.max_attempts: must be at least 1, got 0");
        Path breaker = write("circuit_breaker: {failures: 0}\n");
        assertThatThrownBy(() -> new ConfigLoader().load(breaker))
                .hasMessageStartingWith(breaker + ":1:19: circuit_breaker.failures: must be at least 1");
        Path account = write("accounts:\n  exclude:\n    - \"123456789012\"\n  include: [\"12\"]\n");
        assertThatThrownBy(() -> new ConfigLoader().load(account))
                .hasMessageStartingWith(account + ":4:3: accounts.include: has '12'");
    }

    @Test
    void aDuplicateKeyIsAnErrorNotLastOneWins() throws Exception {
        Path file = write("regions: [us-east-1]\nrole:\n  name: A\n  name: B\n");
        assertThatThrownBy(() -> new ConfigLoader().load(file)).isInstanceOf(ConfigException.class)
                .hasMessageStartingWith(file + ":4:")
                .hasMessageContaining("duplicate key 'name'");
    }

    @Test
    void anEmptyListThatWouldMeanAllIsAnError() throws Exception {
        Path regions = write("role: {name: A}\nregions: []\n");
        assertThatThrownBy(() -> new ConfigLoader().load(regions)).isInstanceOf(ConfigException.class)
                .hasMessage(regions + ":2:1: regions is an empty list, which would mean all of them; remove the key "
                        + "to mean all, or list what you mean");
        Path include = write("ous:\n  include: []\n");
        assertThatThrownBy(() -> new ConfigLoader().load(include)).hasMessageStartingWith(include + ":2:3: ous.include");
        assertThat(new ConfigLoader().load(write("accounts:\n  exclude: []\n")).regions()).isEmpty();
    }

    @Test
    void aServiceSpecificEndpointVariableWinsOverTheConfiguredOverride() {
        Endpoints endpoints = new Endpoints("http://127.0.0.1:1111",
                Map.of("AWS_ENDPOINT_URL_EC2", "http://127.0.0.1:2222", "AWS_ENDPOINT_URL", "http://127.0.0.1:3333"));
        assertThat(endpoints.overrideFor(AwsServices.EC2)).isEqualTo(URI.create("http://127.0.0.1:2222"));
        assertThat(endpoints.overrideFor(AwsServices.IAM)).isEqualTo(URI.create("http://127.0.0.1:1111"));
        assertThat(new Endpoints(null, Map.of()).overrideFor(AwsServices.IAM)).isNull();
    }

    @Test
    void anUnknownRegionIsAConfigError() {
        try (FakeOrg fake = FakeOrg.small()) {
            VigilConfig config = fake.config().withRegions(List.of("us-east-1", "mars-north-1"));
            assertThatThrownBy(() -> fake.collect(dir.resolve("snap"), config)).isInstanceOf(ConfigException.class)
                    .hasMessageContaining("mars-north-1");
        }
    }
}
