package dev.vigil.collect.engine;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.Set;
import org.junit.jupiter.api.Test;

class RedactionTest {
    private static final ObjectMapper JSON = new ObjectMapper();

    @Test
    void itemsKeepKeysAndHashesAndOnlyFlagValues() throws Exception {
        JsonNode items = JSON.readTree("""
                [{"key": "enable-oslogin", "value": "TRUE"},
                 {"key": "enable-oslogin-2fa", "value": "export DB_PASSWORD=hunter2"},
                 {"key": "startup-script", "value": "export DB_PASSWORD=hunter2"},
                 {"key": "db-password", "value": "true"},
                 {"key": "empty"}]""");
        JsonNode out = Redaction.items(items, Set.of("enable-oslogin", "enable-oslogin-2fa"));
        assertThat(out.toString()).doesNotContain("hunter2");
        assertThat(out.get(0)).isEqualTo(JSON.readTree("{\"key\": \"enable-oslogin\", \"value\": \"TRUE\"}"));
        assertThat(out.get(1).has("value")).as("a flag key with a non-flag value is hashed").isFalse();
        assertThat(out.get(2)).isEqualTo(JSON.readTree("{\"key\": \"startup-script\", \"present\": true, \"sha256\": \""
                + Redaction.sha256("export DB_PASSWORD=hunter2") + "\"}"));
        assertThat(out.get(3).has("value")).as("a flag word under a key not listed is hashed").isFalse();
        assertThat(out.get(4)).isEqualTo(JSON.readTree("{\"key\": \"empty\", \"present\": false}"));
    }

    @Test
    void mapsHashEveryValueTheirOwnWay() throws Exception {
        JsonNode out = Redaction.map(JSON.readTree("{\"A\": \"s3cret\", \"B\": [\"x\"], \"C\": null, \"D\": true}"),
                Set.of("D"));
        assertThat(out.path("A").path("sha256").asText()).isEqualTo(Redaction.sha256("s3cret"));
        assertThat(out.path("B").path("sha256").asText()).isEqualTo(Redaction.sha256("[\"x\"]"));
        assertThat(out.path("C").path("present").asBoolean()).isFalse();
        assertThat(out.path("D").asBoolean()).isTrue();
        assertThat(Redaction.sha256("abc"))
                .isEqualTo("ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad");
    }
}
