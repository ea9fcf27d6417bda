package dev.vigil.evaluate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A policy set that cannot mean what its author thinks is refused at the file, line and column of the mistake. */
class PolicySetMistakesTest {
    @TempDir
    Path dir;

    private static final String GOOD = """
            # METADATA
            # title: Buckets are encrypted
            # custom:
            #   id: s3_bucket_encrypted_x
            #   severity: high
            #   resource_types:
            #     - aws.s3.bucket
            #   remediation:
            #     text: Turn on default encryption.
            package vigil.aws.s3.s3_bucket_encrypted_x

            import rego.v1

            deny contains {"msg": "no encryption"} if not input.resource.attributes.ServerSideEncryptionConfiguration
            """;

    private Path policy(String text) throws Exception {
        Path file = dir.resolve("aws/s3/x/policy.rego");
        Files.createDirectories(file.getParent());
        Files.writeString(file, text);
        return file;
    }

    private PolicyLibrary load() {
        return PolicyLibrary.load(PolicyFiles.fromDirectory(dir));
    }

    @Test
    void aGoodPolicyLoads() throws Exception {
        policy(GOOD);
        assertThat(load().checks()).extracting(CheckMetadata::id).containsExactly("s3_bucket_encrypted_x");
    }

    @Test
    void aPolicySetWithNoChecksIsAnError() throws Exception {
        assertThatThrownBy(this::load).hasMessageContaining("no checks in this policy set (0 .rego modules read");
        policy("package vigil.lib.helpers\n\nimport rego.v1\n\nx := 1\n");
        assertThatThrownBy(this::load).hasMessageContaining("no checks in this policy set (1 .rego modules read");
    }

    @Test
    void anUnknownMetadataKeyIsAnErrorAtItsLine() throws Exception {
        Path file = policy(GOOD.replace("# title:", "# titel:"));
        assertThatThrownBy(this::load).hasMessageStartingWith(file + ":2:3: unknown METADATA key 'titel'");
    }

    @Test
    void aTypoInTheCustomBlockIsAnError() throws Exception {
        Path file = policy(GOOD.replace("#   severity:", "#   severty:"));
        assertThatThrownBy(this::load).hasMessageStartingWith(file + ":5:5: unknown METADATA key 'custom.severty'");
        policy(GOOD.replace("#   id:", "#   idd:"));
        assertThatThrownBy(this::load).hasMessageStartingWith(file + ":3:3: METADATA custom has no 'id'");
        policy(GOOD.replace("#     text:", "#     txt:"));
        assertThatThrownBy(this::load).hasMessageStartingWith(file + ":9:7: unknown METADATA key 'custom.remediation.txt'");
    }

    @Test
    void anUnknownResourceTypeIsAnError() throws Exception {
        Path file = policy(GOOD.replace("aws.s3.bucket", "aws.s3.buckets"));
        assertThatThrownBy(this::load).hasMessageStartingWith(file + ":7:9: unknown resource type 'aws.s3.buckets'")
                .hasMessageContaining("aws.s3.bucket,");
    }

    @Test
    void aDenyWithoutMetadataWouldNeverRun() throws Exception {
        policy(GOOD);
        Path orphan = dir.resolve("aws/s3/y/policy.rego");
        Files.createDirectories(orphan.getParent());
        Files.writeString(orphan, "package vigil.aws.s3.y\n\nimport rego.v1\n\ndeny contains \"x\" if input.resource\n");
        assertThatThrownBy(this::load).hasMessageStartingWith(orphan + ":1:1: package vigil.aws.s3.y defines deny");
    }

    @Test
    void aFrameworkNamingAMissingCheckOrAnUnknownKeyIsAnErrorAtItsLine() throws Exception {
        policy(GOOD);
        Path framework = dir.resolve("frameworks/cis-x-1.0.yaml");
        Files.createDirectories(framework.getParent());
        Files.writeString(framework, """
                id: cis-x-1.0
                name: X
                requirements:
                  - id: '1.1'
                    checks: [s3_bucket_encrypted_x]
                  - id: '1.2'
                    checks:
                      - s3_bucket_encrypted_y
                """);
        assertThatThrownBy(this::load).hasMessage(framework
                + ":8:9: requirement 1.2 names unknown check 's3_bucket_encrypted_y'");
        Files.writeString(framework, "id: cis-x-1.0\nrequirements:\n  - id: '1.1'\n    chekcs: [s3_bucket_encrypted_x]\n");
        assertThatThrownBy(this::load).hasMessageStartingWith(framework + ":4:5: requirement 1.1: unknown key 'chekcs'");
        Files.writeString(framework, "id: cis-x-1.0\nversoin: 1\nrequirements: []\n");
        assertThatThrownBy(this::load).hasMessageStartingWith(framework + ":2:1: unknown key 'versoin'");
    }
}
