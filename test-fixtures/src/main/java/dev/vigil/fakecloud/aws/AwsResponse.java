package dev.vigil.fakecloud.aws;

import java.nio.charset.StandardCharsets;
import java.util.Map;

/** A response ready to write: status, content type, extra headers and body. */
public record AwsResponse(int status, String contentType, Map<String, String> headers, byte[] body) {

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
