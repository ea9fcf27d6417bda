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
}
