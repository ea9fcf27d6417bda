package dev.vigil.collect;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.vigil.collect.config.ConfigException;
import dev.vigil.collect.config.ConfigLoader;
import dev.vigil.collect.config.VigilConfig;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code timeouts}, {@code retries} and {@code circuit_breaker} in vigil.yaml. */
class ResilienceConfigTest {
    @TempDir
    Path dir;

    private Path write(String yaml) throws Exception {
        Path file = dir.resolve("vigil.yaml");
        Files.writeString(file, yaml);
        return file;
    }

    @Test
    void readsTheKeys() throws Exception {
        VigilConfig c = new ConfigLoader().load(write("""
                timeouts:
                  connect: 3s
                  read: 1500ms
                  call_budget: 2m
                retries:
                  max_attempts: 8
                  base_backoff: 50ms
                  max_backoff: 1h
                circuit_breaker:
                  failures: 3
                  open_for: 10m
                """));
        assertThat(c.timeouts().connect()).isEqualTo(Duration.ofSeconds(3));
        assertThat(c.timeouts().read()).isEqualTo(Duration.ofMillis(1500));
        assertThat(c.timeouts().callBudget()).isEqualTo(Duration.ofMinutes(2));
        assertThat(c.retries().maxAttempts()).isEqualTo(8);
        assertThat(c.retries().baseBackoff()).isEqualTo(Duration.ofMillis(50));
        assertThat(c.retries().maxBackoff()).isEqualTo(Duration.ofHours(1));
        assertThat(c.circuitBreaker().failures()).isEqualTo(3);
        assertThat(c.circuitBreaker().openFor()).isEqualTo(Duration.ofMinutes(10));
    }

    @Test
    void defaultsAreShortTimeoutsAndATwoMinuteBudget() {
        VigilConfig c = VigilConfig.DEFAULT;
        assertThat(c.timeouts().connect()).isEqualTo(Duration.ofSeconds(5));
        assertThat(c.timeouts().read()).isEqualTo(Duration.ofSeconds(20));
        assertThat(c.timeouts().callBudget()).isEqualTo(Duration.ofMinutes(2));
        assertThat(c.circuitBreaker().failures()).isEqualTo(5);
        assertThat(c.circuitBreaker().openFor()).isEqualTo(Duration.ofMinutes(5));
    }

    @Test
    void aZeroOrNegativeDurationIsAnErrorAtItsKey() throws Exception {
        for (String bad : new String[] {"0s", "-5s", "0ms"}) {
            Path file = write("regions: [us-east-1]\ntimeouts:\n  connect: 5s\n  read: " + bad + "\n");
            assertThatThrownBy(() -> new ConfigLoader().load(file)).as(bad).isInstanceOf(ConfigException.class)
                    .hasMessageStartingWith(file + ":4:3: ")
                    .hasMessageContaining("timeouts.read")
                    .hasMessageContaining("positive duration");
        }
    }

    @Test
    void aDurationWithoutAUnitOrOfTheWrongTypeIsAnErrorAtItsKey() throws Exception {
        for (String bad : new String[] {"20", "soon", "5 minutes", "[1s]"}) {
            Path file = write("circuit_breaker:\n  open_for: " + bad + "\n");
            assertThatThrownBy(() -> new ConfigLoader().load(file)).as(bad).isInstanceOf(ConfigException.class)
                    .hasMessageStartingWith(file + ":2:3: ")
                    .hasMessageContaining("circuit_breaker.open_for")
                    .hasMessageContaining("positive duration such as 500ms, 5s, 2m or 1h");
        }
    }

    @Test
    void anUnknownKeyUnderTimeoutsNamesFileLineAndTheKnownKeys() throws Exception {
        Path file = write("timeouts:\n  conect: 5s\n");
        assertThatThrownBy(() -> new ConfigLoader().load(file)).isInstanceOf(ConfigException.class)
                .hasMessageStartingWith(file + ":2:")
                .hasMessageContaining("unknown key 'timeouts.conect'")
                .hasMessageContaining("call_budget");
    }

    @Test
    void countsMustBePositive() throws Exception {
        assertThatThrownBy(() -> new ConfigLoader().load(write("circuit_breaker:\n  failures: 0\n")))
                .isInstanceOf(ConfigException.class).hasMessageContaining("circuit_breaker.failures");
        assertThatThrownBy(() -> new ConfigLoader().load(write("retries:\n  max_attempts: 0\n")))
                .isInstanceOf(ConfigException.class).hasMessageContaining("retries.max_attempts");
    }
}
