package dev.vigil.collect.azure;

/** An ARM call that failed: the HTTP status and ARM's own error code and message. */
final class ArmException extends RuntimeException {
    private final int status;
    private final String code;

    ArmException(int status, String code, String message) {
        super(message);
        this.status = status;
        this.code = code;
    }

    int status() {
        return status;
    }

    String code() {
        return code;
    }
}
