package dev.vigil.snapshot;

/**
 * An input that could not be read: the attribute of a record (or the key of an org tree) that a failed call
 * would have filled. A verdict that depends on it is UNKNOWN, never PASS or FAIL.
 *
 * @param attribute the attribute (record) or key (org tree) left absent
 * @param errorCode the provider's error code, e.g. {@code AccessDenied}
 */
public record UnknownInput(String attribute, String service, String operation, String errorCode) {
    /** The attribute name that stands for the record's own {@code tags} (derived from an attribute a call left unread). */
    public static final String TAGS = "tags";

    /** {@code attribute (service:operation ErrorCode)}, for messages. */
    public String describe() {
        return attribute + " (" + service + ":" + operation + " " + errorCode + ")";
    }
}
