package dev.vigil.fakecloud.aws;

import java.nio.charset.StandardCharsets;
import java.util.Map;

/** A response ready to write: status, content type, extra headers and body. */
public record AwsResponse(int status, String contentType, Map<String, String> headers, byte[] body) {
    /** Not a response: the call is held open and never answered ({@code FaultKind.HANG}). */
    public static final AwsResponse NONE = new AwsResponse(0, "", Map.of(), new byte[0]);

    /** Whether this is {@link #NONE}. */
    public boolean never() {
        return status == 0;
    }

    public static AwsResponse of(int status, String contentType, String body) {
        return new AwsResponse(status, contentType, Map.of(), body.getBytes(StandardCharsets.UTF_8));
    }

    public static AwsResponse xml(String body) {
        return of(200, "text/xml", body);
    }

    /** The same response with its body cut in half (a broken answer with a valid status). */
    public AwsResponse truncated() {
        byte[] cut = new byte[body.length / 2];
        System.arraycopy(body, 0, cut, 0, cut.length);
        return new AwsResponse(status, contentType, headers, cut);
    }
}
