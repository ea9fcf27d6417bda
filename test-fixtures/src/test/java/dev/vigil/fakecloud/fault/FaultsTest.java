package dev.vigil.fakecloud.fault;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class FaultsTest {

    @Test
    void countedRulesRunOut() {
        Faults faults = new Faults();
        faults.add(new FaultRule("111122223333", "*", "ec2", "DescribeVpcs", FaultKind.THROTTLE, 2));
        assertThat(faults.match("111122223333", "us-east-1", "ec2", "DescribeVpcs")).contains(FaultKind.THROTTLE);
        assertThat(faults.match("444455556666", "us-east-1", "ec2", "DescribeVpcs")).isEmpty();
        assertThat(faults.match("111122223333", "us-west-2", "ec2", "DescribeVpcs")).contains(FaultKind.THROTTLE);
        assertThat(faults.match("111122223333", "us-east-1", "ec2", "DescribeVpcs")).isEmpty();
    }

    @Test
    void assumeRoleFailuresOnlyMatchAssumeRole() {
        Faults faults = new Faults();
        faults.add(FaultRule.always("111122223333", null, null, FaultKind.ASSUME_ROLE_FAIL));
        assertThat(faults.match("111122223333", "us-east-1", "sts", "AssumeRole")).isEmpty();
        assertThat(faults.assumeRoleFails("111122223333")).isTrue();
        assertThat(faults.assumeRoleFails("111122223333")).isTrue();
        assertThat(faults.assumeRoleFails("444455556666")).isFalse();
        faults.clear();
        assertThat(faults.assumeRoleFails("111122223333")).isFalse();
    }

    @Test
    void rulesAreValidated() {
        assertThatThrownBy(() -> new FaultRule("*", "*", "*", "*", FaultKind.THROTTLE, 0))
                .hasMessageContaining("times");
        assertThatThrownBy(() -> new FaultRule("*", "*", "*", "*", null, 1)).hasMessageContaining("kind");
    }

    @Test
    void rateLimiterWindows() {
        RateLimiter limiter = new RateLimiter(2);
        assertThat(limiter.tryAcquire(1_000)).isTrue();
        assertThat(limiter.tryAcquire(1_500)).isTrue();
        assertThat(limiter.tryAcquire(1_999)).isFalse();
        assertThat(limiter.tryAcquire(2_000)).isTrue();
        assertThat(new RateLimiter(0).tryAcquire(0)).isTrue();
    }

    @Test
    void aFractionalRuleFaultsThatShareOfCallsDeterministically() {
        int[] runs = new int[2];
        java.util.List<java.util.List<Boolean>> sequences = new java.util.ArrayList<>();
        for (int run = 0; run < 2; run++) {
            Faults faults = new Faults();
            faults.add(FaultRule.fraction("*", "*", "ec2", "*", FaultKind.THROTTLE, 0.3));
            java.util.List<Boolean> seq = new java.util.ArrayList<>();
            for (int i = 0; i < 10_000; i++) {
                boolean hit = faults.match("111122223333", "us-east-1", "ec2", "DescribeVpcs").isPresent();
                seq.add(hit);
                runs[run] += hit ? 1 : 0;
            }
            sequences.add(seq);
            assertThat(faults.match("111122223333", "us-east-1", "kms", "ListKeys")).isEmpty();
        }
        assertThat(sequences.get(0)).isEqualTo(sequences.get(1));
        assertThat(runs[0]).isBetween(2_800, 3_200);
    }

    @Test
    void parsesTheCommandLineForm() {
        FaultRule r = FaultRule.parse("throttle:*:us-east-1:ec2:DescribeInstances:0.3");
        assertThat(r).isEqualTo(new FaultRule("*", "us-east-1", "ec2", "DescribeInstances", FaultKind.THROTTLE, -1, 0.3));
        assertThat(FaultRule.parse("HANG:111122223333::kms:").kind()).isEqualTo(FaultKind.HANG);
        assertThat(FaultRule.parse("hang:111122223333::kms:").service()).isEqualTo("kms");
        assertThat(FaultRule.parse("server-error:*:*:cloudtrail:*").probability()).isEqualTo(1.0);
        assertThat(FaultRule.parse("access-denied:1:eu-west-1:ec2:DescribeSecurityGroups").kind())
                .isEqualTo(FaultKind.ACCESS_DENIED);
        assertThat(FaultRule.parse("truncated-body:*:*:iam:GetAccountSummary").kind())
                .isEqualTo(FaultKind.TRUNCATED_BODY);
        assertThat(FaultRule.parse("assume-role-fail:111122223333:*:sts:AssumeRole").kind())
                .isEqualTo(FaultKind.ASSUME_ROLE_FAIL);
    }

    @Test
    void aMalformedCommandLineFormSaysWhatIsWrong() {
        assertThatThrownBy(() -> FaultRule.parse("throttle:ec2")).hasMessageContaining("fields")
                .hasMessageContaining("KIND:account:region:service:operation[:fraction]");
        assertThatThrownBy(() -> FaultRule.parse("slow:*:*:ec2:*")).hasMessageContaining("unknown fault kind 'slow'");
        assertThatThrownBy(() -> FaultRule.parse("throttle:*:*:ec2:*:lots")).hasMessageContaining("not a number");
        assertThatThrownBy(() -> FaultRule.parse("throttle:*:*:ec2:*:1.5")).hasMessageContaining("(0, 1]");
        assertThatThrownBy(() -> FaultRule.parse("throttle:*:*:ec2:*:0")).hasMessageContaining("(0, 1]");
    }
}
