package dev.vigil.report.sarif;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SpecVersionDetector;
import com.networknt.schema.ValidationMessage;
import dev.vigil.testinput.ExternalTestInput;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The SARIF 2.1.0 JSON schema, checked with networknt's validator. Looked up in this order:
 * {@code -Dvigil.sarif.schema=FILE}; the OASIS schema (draft-04) in the shared folder beside the repository;
 * the copy (draft 2020-12) inside the SARIF Multitool npm package.
 */
public final class SarifSchema {
    static final String PROPERTY = "vigil.sarif.schema";
    private static final ObjectMapper MAPPER = new ObjectMapper();

    private final JsonSchema schema;
    private final Path source;

    private SarifSchema(Path source) throws IOException {
        this.source = source;
        JsonNode node = MAPPER.readTree(source.toFile());
        schema = JsonSchemaFactory.getInstance(SpecVersionDetector.detect(node)).getSchema(node);
    }

    /** The schema, or empty after one skip line naming the property (a failure when external inputs are required). */
    public static Optional<SarifSchema> find(String suite) throws IOException {
        List<Path> tried = new ArrayList<>();
        String explicit = System.getProperty(PROPERTY);
        if (explicit != null && !explicit.isBlank()) {
            tried.add(Path.of(explicit));
        } else {
            tried.add(ExternalTestInput.inShared("schemas/sarif-schema-2.1.0.json"));
            SarifTool.packageDir().ifPresent(p -> tried.add(p.resolve("sarif-2.1.0.json")));
        }
        for (Path candidate : tried) {
            if (Files.isRegularFile(candidate)) {
                return Optional.of(new SarifSchema(candidate));
            }
        }
        return ExternalTestInput.absent(suite, PROPERTY, tried, "the SARIF 2.1.0 JSON schema (sarif-schema-2.1.0.json"
                + " from github.com/oasis-tcs/sarif-spec), or let the tests install the SARIF Multitool with npm,"
                + " whose package carries it");
    }

    public Path source() {
        return source;
    }

    /** Validation messages for the file; empty when it is valid. */
    public List<String> validate(Path sarif) throws IOException {
        JsonNode node = MAPPER.readTree(sarif.toFile());
        return schema.validate(node).stream().map(ValidationMessage::getMessage).sorted().toList();
    }
}
