package dev.vigil.evaluate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.List;
import org.junit.jupiter.api.Test;

class ManifestMergeTest {
    private static final ObjectMapper JSON = new ObjectMapper();

    private static JsonNode shard(String account, String start, String end) throws Exception {
        return JSON.readTree("""
                {"scan_id": "s", "started_at": "%s", "finished_at": "%s",
                 "orgs": [{"provider": "aws", "id": "o-1", "accounts": []}],
                 "targets": [{"provider": "aws", "account_id": "%s", "status": "COMPLETE"}],
                 "gaps": [{"provider": "aws", "account_id": "%s", "operation": "X"}]}
                """.formatted(start, end, account, account));
    }

    @Test
    void shardsBecomeOneScan() throws Exception {
        JsonNode merged = ManifestMerge.of(List.of(
                shard("111111111111", "2026-11-22T01:00:00Z", "2026-11-22T02:00:00Z"),
                shard("222222222222", "2026-11-22T00:30:00Z", "2026-11-22T01:30:00Z")));
        assertThat(merged.path("orgs")).hasSize(1);
        assertThat(merged.path("targets")).hasSize(2);
        assertThat(merged.path("gaps")).hasSize(2);
        assertThat(merged.path("started_at").asText()).isEqualTo("2026-11-22T00:30:00Z");
        assertThat(merged.path("finished_at").asText()).isEqualTo("2026-11-22T02:00:00Z");
    }

    @Test
    void anAccountInTwoShardsIsAnError() throws Exception {
        assertThatThrownBy(() -> ManifestMerge.of(List.of(
                shard("111111111111", "a", "b"), shard("111111111111", "a", "b"))))
                .hasMessageContaining("aws/111111111111 appears in more than one snapshot");
    }
}
