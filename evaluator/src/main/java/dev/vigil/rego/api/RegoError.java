package dev.vigil.rego.api;

/** One error with its OPA error code, message and (possibly null) source location. */
public record RegoError(String code, String message, Location location) {
    public String format() {
        return (location == null ? "" : location + ": ") + code + ": " + message;
    }
}
