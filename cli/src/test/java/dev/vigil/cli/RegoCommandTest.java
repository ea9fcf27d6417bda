package dev.vigil.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code vigil rego eval} prints what {@code opa eval} prints: false is a value, with modifiers apply. */
class RegoCommandTest {
    @TempDir
    Path dir;

    @Test
    void evalPrintsAFalseRuleAndAppliesWithInputAs() throws Exception {
        Path policy = Files.writeString(dir.resolve("p.rego"), """
                package pkg

                default allow := false

                allow if input.user == "alice"
                """);

        DemoScanTest.Captured denied = DemoScanTest.Captured.run("rego", "eval", "-d", policy.toString(), "data.pkg.allow");
        DemoScanTest.Captured allowed = DemoScanTest.Captured.run("rego", "eval", "-d", policy.toString(),
                "data.pkg.allow with input as {\"user\": \"alice\"}");
        DemoScanTest.Captured undefined = DemoScanTest.Captured.run("rego", "eval", "-d", policy.toString(), "data.pkg.nope");

        assertThat(denied.code()).as(denied.err()).isZero();
        assertThat(denied.out()).contains("\"value\": false").contains("\"text\": \"data.pkg.allow\"");
        assertThat(allowed.out()).contains("\"value\": true");
        assertThat(undefined.out().strip()).isEqualTo("{}");
    }

    @Test
    void checkWithScanRefusesHttpSendWithItsLocation() throws Exception {
        Path policy = Files.writeString(dir.resolve("p.rego"), """
                package pkg

                ok if http.send({"method": "GET", "url": "https://example.com"}).status_code == 200
                """);

        DemoScanTest.Captured plain = DemoScanTest.Captured.run("rego", "check", policy.toString());
        DemoScanTest.Captured scan = DemoScanTest.Captured.run("rego", "check", "--scan", policy.toString());

        assertThat(plain.code()).as(plain.err()).isZero();
        assertThat(scan.code()).isEqualTo(1);
        assertThat(scan.err()).contains(policy + ":3:7: rego_type_error: unsafe built-in function calls in expression: "
                + "http.send");
    }
}
