package dev.vigil.fakecloud.aws;

/** An AWS error answer: HTTP status, error code and message, rendered by the service's protocol. */
public final class AwsError extends RuntimeException {
    private static final long serialVersionUID = 1L;

    private final int status;
    private final String code;

    public AwsError(int status, String code, String message) {
        super(message, null, false, false);
        this.status = status;
        this.code = code;
    }

    public int status() {
        return status;
    }

    public String code() {
        return code;
    }
}
