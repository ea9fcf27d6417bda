package dev.vigil.report.sarif;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;
import dev.vigil.report.TestPaths;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/** The official SARIF 2.1.0 schema (draft-04), checked with networknt's validator. */
public final class SarifSchema {

    private final JsonSchema schema;
    private final ObjectMapper mapper = new ObjectMapper();

    public SarifSchema() throws IOException {
        try (InputStream in = Files.newInputStream(TestPaths.sarifSchema())) {
            schema = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V4).getSchema(in);
        }
    }

    /** Validation messages for the file; empty when it is valid. */
    public List<String> validate(Path sarif) throws IOException {
        JsonNode node = mapper.readTree(sarif.toFile());
        return schema.validate(node).stream().map(ValidationMessage::getMessage).sorted().toList();
    }
}
