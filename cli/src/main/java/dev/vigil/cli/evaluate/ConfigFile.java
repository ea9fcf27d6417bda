package dev.vigil.cli.evaluate;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import dev.vigil.collect.config.ConfigException;
import dev.vigil.collect.config.ConfigKeyException;
import dev.vigil.collect.config.ConfigLoader;
import java.nio.file.Path;
import java.util.List;

/**
 * Reads the evaluation sections of {@code vigil.yaml} ({@code policies}, {@code waivers}). The whole
 * file is validated as well, so an unknown key anywhere names file, line and key.
 */
public final class ConfigFile {

    private ConfigFile() {}

    /** The sections the evaluate stage reads; the collection's keys are validated by {@link ConfigLoader#load}. */
    @JsonIgnoreProperties(ignoreUnknown = true)
    record EvaluationSections(EvaluationConfig.PolicySection policies, List<EvaluationConfig.WaiverEntry> waivers) {}

    public static EvaluationConfig evaluation(Path file) {
        ConfigLoader loader = new ConfigLoader();
        loader.load(file);
        EvaluationSections sections = loader.loadAs(file, EvaluationSections.class);
        if (sections == null) {
            return EvaluationConfig.empty();
        }
        try {
            EvaluationConfig config = new EvaluationConfig(sections.policies(), sections.waivers());
            config.policies().settings().validate(file.toString());
            if (config.policies().waiverMaxDays() < 1) {
                throw new ConfigKeyException(file.toString(), "policies.waiver_max_days", "must be at least 1, got "
                        + config.policies().waiverMaxDays());
            }
            return config;
        } catch (ConfigKeyException e) {
            throw new ConfigException(ConfigLoader.at(file, e.key()) + e.key() + ": " + e.problem(), e);
        }
    }
}
