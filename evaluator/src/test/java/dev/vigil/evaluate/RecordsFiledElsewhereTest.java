package dev.vigil.evaluate;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import dev.vigil.rego.engine.InterpreterPolicyEngine;
import dev.vigil.snapshot.ResourceRecord;
import dev.vigil.snapshot.SnapshotJson;
import dev.vigil.snapshot.SnapshotReader;
import dev.vigil.snapshot.SnapshotWriter;
import dev.vigil.snapshot.Target;
import dev.vigil.snapshot.TargetFile;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A record filed under another account's target (the management account collects every member's costs) is judged
 * in its own account, whichever of the two is read first.
 */
class RecordsFiledElsewhereTest {
    private static final String MANAGEMENT = "111111111111";
    private static final String MEMBER = "222222222222";
    private static final String COST_CHECK = """
            # METADATA
            # scope: package
            # title: Costs are judged in their own account
            # custom:
            #   id: costexplorer_account_cost_seen
            #   severity: low
            #   resource_types: [aws.ce.account_cost]
            package vigil.aws.costexplorer.costexplorer_account_cost_seen

            deny contains sprintf("judged in %s", [input.account.id]) if {
                input.account.id != input.resource.account_id
            }
            """;

    @Test
    void aMembersCostFiledByTheManagementAccountIsJudgedInTheMember(@TempDir Path dir) throws Exception {
        EvaluationTimeLimitsTest.write(dir.resolve("policies/aws/costexplorer/costexplorer_account_cost_seen/policy.rego"),
                COST_CHECK);
        Path snap = dir.resolve("snapshot");
        SnapshotWriter writer = SnapshotWriter.create(snap, "test");
        // the member comes first: its turn may come before the management account's file is read
        writer.declareTargets(List.of(Target.pending("aws", MEMBER, "member"),
                Target.pending("aws", MANAGEMENT, "management")));
        TargetFile member = writer.openTarget("aws", MEMBER);
        writer.completeTarget(Target.started("aws", MEMBER, "member"), member, List.of(), 1);
        TargetFile management = writer.openTarget("aws", MANAGEMENT);
        management.write(cost(MANAGEMENT));
        management.write(cost(MEMBER));
        writer.completeTarget(Target.started("aws", MANAGEMENT, "management"), management, List.of(), 1);
        writer.finish();

        for (int threads : new int[] {1, 2}) {
            ScanResult result = new ScanEvaluator(
                    PolicyLibrary.load(PolicyFiles.fromDirectory(dir.resolve("policies"))), InterpreterPolicyEngine::new,
                    new EvaluationSettings(JsonNodeFactory.instance.objectNode(), Waivers.none(), threads))
                    .evaluate(SnapshotReader.open(snap));

            assertThat(result.findings()).extracting(f -> f.accountUid() + " " + f.resourceUid() + " " + f.status())
                    .containsExactly(MANAGEMENT + " arn:aws:ce::" + MANAGEMENT + ":cost PASS",
                            MEMBER + " arn:aws:ce::" + MEMBER + ":cost PASS");
        }
    }

    private static ResourceRecord cost(String account) {
        var attrs = SnapshotJson.mapper().createObjectNode();
        attrs.putArray("Months");
        return new ResourceRecord("aws", account, "global", "ce", "aws.ce.account_cost", account, account,
                "arn:aws:ce::" + account + ":cost", Map.of(), attrs);
    }
}
