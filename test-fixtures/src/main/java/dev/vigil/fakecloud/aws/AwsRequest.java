package dev.vigil.fakecloud.aws;

import java.nio.charset.StandardCharsets;
import java.util.Map;

/**
 * One parsed call.
 *
 * @param query   URL query parameters (first value of each), decoded
 * @param headers lower-case header names, first value
 * @param form    form-encoded body parameters (Query and EC2 protocols), decoded
 * @param service the SigV4 signing name from the Authorization header's credential scope
 * @param region  the region from the credential scope
 * @param requestId the id this call's response carries
 */
public record AwsRequest(String method, String path, Map<String, String> query, Map<String, String> headers,
        byte[] body, Map<String, String> form, String service, String region, Caller caller,
        String requestId) {

    public String bodyText() {
        return new String(body, StandardCharsets.UTF_8);
    }

    public String header(String name) {
        return headers.get(name.toLowerCase(java.util.Locale.ROOT));
    }

    public String accountId() {
        return caller.accountId();
    }
}
