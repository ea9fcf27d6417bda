package dev.vigil.snapshot;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;

/**
 * An organization policy (SCP, tag policy, RCP) with its decoded document and attachment targets.
 *
 * @param type {@code SERVICE_CONTROL_POLICY}, {@code TAG_POLICY} or {@code RESOURCE_CONTROL_POLICY}
 */
public record OrgPolicy(
        String id,
        String name,
        String type,
        boolean awsManaged,
        String description,
        JsonNode document,
        List<String> targets) {

    public OrgPolicy {
        targets = targets == null ? List.of() : List.copyOf(targets);
    }
}
