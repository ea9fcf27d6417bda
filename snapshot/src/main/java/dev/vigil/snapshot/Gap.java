package dev.vigil.snapshot;

/**
 * Something that could not be collected: one API in one account and region, with the exact error.
 *
 * @param region the region, or {@code global} for global services
 */
public record Gap(
        String provider,
        String accountId,
        String region,
        String service,
        String operation,
        String errorCode,
        String message,
        String at) {

    public static final String GLOBAL = "global";
    public static final String ASSUME_ROLE = "AssumeRole";
}
