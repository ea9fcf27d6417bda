package dev.vigil.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.vigil.cli.evaluate.ConfigFile;
import dev.vigil.cli.evaluate.EvaluationConfig;
import dev.vigil.collect.config.ConfigLoader;
import dev.vigil.collect.config.VigilConfig;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The configuration example in the README is read by both stages without an error. */
class ReadmeConfigTest {

    @Test
    void theReadmeExampleIsAValidConfiguration(@TempDir Path dir) throws Exception {
        String readme = Files.readString(Path.of("..", "README.md"));
        int section = readme.indexOf("## Configuration");
        int start = readme.indexOf("```yaml", section) + "```yaml".length();
        int end = readme.indexOf("```", start);
        Path file = dir.resolve("vigil.yaml");
        Files.writeString(file, readme.substring(start, end));

        VigilConfig collection = new ConfigLoader().load(file);
        assertThat(collection.role().name()).isEqualTo("VigilScanner");
        assertThat(collection.role().management().name()).isEqualTo("VigilManagementAudit");
        assertThat(collection.regions()).containsExactly("us-east-1", "eu-west-1");

        EvaluationConfig evaluation = ConfigFile.evaluation(file);
        assertThat(evaluation.waivers()).hasSize(1);
        assertThat(evaluation.policies().settings().spendGrowthPercent()).isEqualTo(50.0);
    }
}
