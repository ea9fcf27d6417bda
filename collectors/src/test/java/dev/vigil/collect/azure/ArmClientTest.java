package dev.vigil.collect.azure;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.azure.core.http.HttpPipelineBuilder;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;

class ArmClientTest {

    /** The guard fires before anything is sent: the pipeline has no HTTP client and would fail otherwise. */
    @Test
    void refusesAPostThatIsNotAReadQuery() {
        ArmClient arm = new ArmClient(new HttpPipelineBuilder().build(), "https://127.0.0.1:1", java.time.Duration.ofMinutes(2));
        assertThatThrownBy(() -> arm.query("/subscriptions/s/resourceGroups/rg/providers/Microsoft.Storage/"
                + "storageAccounts/x/listKeys", "2023-01-01", new ObjectMapper().createObjectNode()))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("Vigil only reads");
    }
}
