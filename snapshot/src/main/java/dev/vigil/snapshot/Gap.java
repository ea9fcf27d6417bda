package dev.vigil.snapshot;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.List;

/**
 * Something that could not be collected: one API in one account and region, with the exact error.
 *
 * @param region the region, or {@code global} for global services
 * @param resourceTypes the resource types this gap leaves unlisted or incomplete in the account; a check that
 *                      reads them across the account is UNKNOWN there (empty: none known, e.g. a fallback
 *                      listed them anyway)
 */
public record Gap(
        String provider,
        String accountId,
        String region,
        String service,
        String operation,
        String errorCode,
        String message,
        String at,
        @JsonInclude(JsonInclude.Include.NON_EMPTY) List<String> resourceTypes) {

    public Gap {
        resourceTypes = resourceTypes == null ? List.of() : List.copyOf(resourceTypes);
    }

    public Gap(String provider, String accountId, String region, String service, String operation, String errorCode,
            String message, String at) {
        this(provider, accountId, region, service, operation, errorCode, message, at, List.of());
    }

    public Gap withResourceTypes(List<String> types) {
        return new Gap(provider, accountId, region, service, operation, errorCode, message, at, types);
    }

    public static final String GLOBAL = "global";
    public static final String ASSUME_ROLE = "AssumeRole";
}
