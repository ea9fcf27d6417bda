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

    private static void fail(CircuitBreaker b, String error) {
        b.unreachable(b.admit(), error, false);
    }

    @Test
    void opensAfterConsecutiveFailuresOnlyAndNamesTheEndpoint() {
        CircuitBreaker b = breakers.of("111122223333", "eu-west-1", "ec2");
        fail(b, "Timeout: read timed out");
        fail(b, "Timeout: read timed out");
        b.answered(b.admit());
        fail(b, "Timeout: read timed out");
        fail(b, "Timeout: read timed out");
        assertThatCode(b::admit).doesNotThrowAnyException();
        fail(b, "ConnectionFailed: refused");
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
            fail(b, "Timeout");
        }
        now.addAndGet(Duration.ofMinutes(5).toNanos() - 1);
        assertThatThrownBy(b::admit).isInstanceOf(CircuitOpenException.class);
        now.addAndGet(1);
        CircuitBreaker.Call probe = b.admit();
        b.unreachable(probe, "Timeout", true);
        assertThatThrownBy(b::admit).isInstanceOf(CircuitOpenException.class);
        now.addAndGet(Duration.ofMinutes(5).toNanos());
        b.answered(b.admit());
        fail(b, "Timeout");
        assertThatCode(b::admit).doesNotThrowAnyException();
    }

    @Test
    void aTimeoutOpensItAtOnceWhenAnotherCallWaitsOnASilentEndpoint() {
        CircuitBreaker b = breakers.of("111122223333", "us-west-2", "ec2");
        CircuitBreaker.Call first = b.admit();
        CircuitBreaker.Call second = b.admit();
        b.unreachable(first, "Timeout: read timed out", true);
        assertThatThrownBy(b::admit).as("second has been waiting on an endpoint that answered nothing")
                .isInstanceOf(CircuitOpenException.class);
        b.unreachable(second, "Timeout", true);
    }

    @Test
    void aTimeoutAloneOrAfterAnAnswerOrARefusalCountsOnce() {
        CircuitBreaker alone = breakers.of("111122223333", "us-west-2", "ec2");
        alone.unreachable(alone.admit(), "Timeout", true);
        assertThatCode(alone::admit).as("one slow call").doesNotThrowAnyException();

        CircuitBreaker answeredMeanwhile = breakers.of("111122223333", "us-west-2", "kms");
        CircuitBreaker.Call slow = answeredMeanwhile.admit();
        answeredMeanwhile.admit();
        answeredMeanwhile.answered(answeredMeanwhile.admit());
        answeredMeanwhile.unreachable(slow, "Timeout", true);
        assertThatCode(answeredMeanwhile::admit).doesNotThrowAnyException();

        CircuitBreaker refused = breakers.of("111122223333", "us-west-2", "sns");
        refused.admit();
        refused.unreachable(refused.admit(), "ConnectionFailed", false);
        assertThatCode(refused::admit).as("only a timeout says the other waited in vain")
                .doesNotThrowAnyException();
    }
}
