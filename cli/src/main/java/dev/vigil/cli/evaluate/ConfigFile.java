package dev.vigil.cli.evaluate;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import java.io.IOException;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;

/** Reads the evaluation sections of {@code vigil.yaml}; unknown keys and wrong types name file, line and key. */
public final class ConfigFile {

    private ConfigFile() {}

    /** The whole file; sections other stages read are kept as trees for them. */
    record Root(JsonNode aws, JsonNode gcp, JsonNode azure, JsonNode collection,
                EvaluationConfig.PolicySection policies, List<EvaluationConfig.WaiverEntry> waivers) {}

    public static EvaluationConfig evaluation(Path file) {
        ObjectMapper yaml = JsonMapper.builder(new YAMLFactory())
                .propertyNamingStrategy(PropertyNamingStrategies.SNAKE_CASE)
                .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
                .addModule(new JavaTimeModule())
                .build();
        try {
            Root root = yaml.readValue(file.toFile(), Root.class);
            return root == null ? EvaluationConfig.empty() : new EvaluationConfig(root.policies(), root.waivers());
        } catch (NoSuchFileException e) {
            throw new ConfigException("configuration file " + file + " does not exist");
        } catch (JsonMappingException e) {
            throw new ConfigException(describe(file, e));
        } catch (IOException e) {
            throw new ConfigException(file + ": " + e.getMessage());
        }
    }

    static String describe(Path file, JsonMappingException e) {
        String key = e.getPath().stream()
                .map(r -> r.getFieldName() != null ? r.getFieldName() : "[" + r.getIndex() + "]")
                .collect(Collectors.joining(".")).replace(".[", "[");
        var loc = e.getLocation();
        String where = loc == null ? "" : ":" + loc.getLineNr() + ":" + loc.getColumnNr();
        String msg = e.getOriginalMessage()
                .replaceAll(" \\(class [^)]*\\)", "")
                .replaceAll(",? not marked as ignorable.*", "")
                .replaceAll("Unrecognized field", "unknown key");
        return file + where + ": " + (key.isEmpty() ? "" : "'" + key + "': ") + msg;
    }

    /** A configuration error: printed as is, exit code 2. */
    public static final class ConfigException extends RuntimeException {
        public ConfigException(String message) {
            super(message);
        }
    }
}
