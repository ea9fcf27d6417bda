package dev.vigil.collect.resilience;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.vigil.collect.config.CircuitBreakerConfig;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;

class CircuitBreakerTest {
    private final AtomicLong now = new AtomicLong();
    private final CircuitBreakers breakers = new CircuitBreakers(new CircuitBreakerConfig(3, Duration.ofMinutes(5)),
            now::get);

    @Test
    void opensAfterConsecutiveFailuresOnlyAndNamesTheEndpoint() {
        CircuitBreaker b = breakers.of("111122223333", "eu-west-1", "ec2");
        b.unreachable("Timeout: read timed out");
        b.unreachable("Timeout: read timed out");
        b.answered();
        b.unreachable("Timeout: read timed out");
        b.unreachable("Timeout: read timed out");
        assertThatCode(b::admit).doesNotThrowAnyException();
        b.unreachable("ConnectionFailed: refused");
        assertThatThrownBy(b::admit).isInstanceOf(CircuitOpenException.class)
                .hasMessageContaining("111122223333").hasMessageContaining("eu-west-1").hasMessageContaining("ec2")
                .hasMessageContaining("ConnectionFailed: refused");
        assertThat(breakers.of("111122223333", "eu-west-1", "ec2")).isSameAs(b);
        assertThatCode(breakers.of("111122223333", "us-east-1", "ec2")::admit).doesNotThrowAnyException();
    }

    @Test
    void letsCallsThroughAfterOpenForAndOneMoreFailureReopensIt() {
        CircuitBreaker b = breakers.of("111122223333", "global", "iam");
        for (int i = 0; i < 3; i++) {
            b.unreachable("Timeout");
        }
        now.addAndGet(Duration.ofMinutes(5).toNanos() - 1);
        assertThatThrownBy(b::admit).isInstanceOf(CircuitOpenException.class);
        now.addAndGet(1);
        assertThatCode(b::admit).doesNotThrowAnyException();
        b.unreachable("Timeout");
        assertThatThrownBy(b::admit).isInstanceOf(CircuitOpenException.class);
        now.addAndGet(Duration.ofMinutes(5).toNanos());
        b.admit();
        b.answered();
        b.unreachable("Timeout");
        assertThatCode(b::admit).doesNotThrowAnyException();
    }
}
