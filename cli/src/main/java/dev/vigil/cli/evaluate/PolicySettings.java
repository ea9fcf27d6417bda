package dev.vigil.cli.evaluate;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.vigil.collect.config.ConfigKeyException;
import java.util.List;
import java.util.Map;

/**
 * {@code policies.settings}: the settings the built-in policies read (as {@code data.vigil.config}), typed, so that a
 * value that cannot mean what the user thinks is an error at its line instead of silently removing findings. Custom
 * policies read their own settings from {@code custom} ({@code data.vigil.config.custom}). Keys left out keep the
 * policy library's defaults (docs/policies.md).
 */
public record PolicySettings(
        Map<String, List<String>> requiredTags,
        Map<String, List<String>> gcpRequiredLabels,
        Double spendGrowthPercent,
        String ownerTag,
        List<String> allowedRegions,
        List<String> azureRequiredPolicyDefinitions,
        Integer azureMaxSubscriptionOwners,
        Map<String, Object> custom) {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String AT = "policies.settings.";

    public static PolicySettings none() {
        return new PolicySettings(null, null, null, null, null, null, null, null);
    }

    /** Refuses values no policy can use; {@code source} names the file. */
    public PolicySettings validate(String source) {
        tagMap(source, "required_tags", requiredTags);
        tagMap(source, "gcp_required_labels", gcpRequiredLabels);
        if (spendGrowthPercent != null && (spendGrowthPercent < 0 || spendGrowthPercent.isNaN()
                || spendGrowthPercent.isInfinite())) {
            throw new ConfigKeyException(source, AT + "spend_growth_percent", "must be a percentage of 0 or more, got "
                    + spendGrowthPercent);
        }
        if (ownerTag != null && ownerTag.isBlank()) {
            throw new ConfigKeyException(source, AT + "owner_tag", "must name a tag key");
        }
        strings(source, "allowed_regions", allowedRegions);
        strings(source, "azure_required_policy_definitions", azureRequiredPolicyDefinitions);
        if (azureMaxSubscriptionOwners != null && azureMaxSubscriptionOwners < 0) {
            throw new ConfigKeyException(source, AT + "azure_max_subscription_owners", "must be 0 or more, got "
                    + azureMaxSubscriptionOwners);
        }
        return this;
    }

    private static void tagMap(String source, String key, Map<String, List<String>> tags) {
        if (tags == null) {
            return;
        }
        if (tags.isEmpty()) {
            throw new ConfigKeyException(source, AT + key, "is empty; leave it out for the default, or name the keys");
        }
        tags.forEach((tag, values) -> {
            if (tag.isBlank()) {
                throw new ConfigKeyException(source, AT + key, "has an empty key");
            }
            if (values == null) {
                throw new ConfigKeyException(source, AT + key + "." + tag,
                        "must be a list of allowed values ([] allows any non-empty value)");
            }
        });
    }

    private static void strings(String source, String key, List<String> values) {
        if (values != null && (values.isEmpty() || values.stream().anyMatch(v -> v == null || v.isBlank()))) {
            throw new ConfigKeyException(source, AT + key, "must be a non-empty list of non-empty strings");
        }
    }

    /** {@code data.vigil.config}: the keys that were set, under their YAML names. */
    public ObjectNode toData() {
        ObjectNode out = JSON.createObjectNode();
        if (requiredTags != null) {
            out.set("required_tags", JSON.valueToTree(requiredTags));
        }
        if (gcpRequiredLabels != null) {
            out.set("gcp_required_labels", JSON.valueToTree(gcpRequiredLabels));
        }
        if (spendGrowthPercent != null) {
            if (spendGrowthPercent == Math.rint(spendGrowthPercent) && Math.abs(spendGrowthPercent) < 1e15) {
                out.put("spend_growth_percent", spendGrowthPercent.longValue());
            } else {
                out.put("spend_growth_percent", spendGrowthPercent);
            }
        }
        if (ownerTag != null) {
            out.put("owner_tag", ownerTag);
        }
        if (allowedRegions != null) {
            out.set("allowed_regions", JSON.valueToTree(allowedRegions));
        }
        if (azureRequiredPolicyDefinitions != null) {
            out.set("azure_required_policy_definitions", JSON.valueToTree(azureRequiredPolicyDefinitions));
        }
        if (azureMaxSubscriptionOwners != null) {
            out.put("azure_max_subscription_owners", azureMaxSubscriptionOwners);
        }
        if (custom != null) {
            out.set("custom", JSON.valueToTree(custom));
        }
        return out;
    }
}
