package dev.vigil.fakecloud.aws;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** The SigV4 credential scope {@code Credential=AKID/date/region/service/aws4_request}; signatures are not checked. */
public record CredentialScope(String accessKeyId, String region, String service) {
    private static final Pattern CREDENTIAL =
            Pattern.compile("Credential=([^/,\\s]+)/\\d{8}/([^/]+)/([^/]+)/aws4_request");

    public static Optional<CredentialScope> parse(String authorization) {
        if (authorization == null) {
            return Optional.empty();
        }
        Matcher m = CREDENTIAL.matcher(authorization);
        return m.find() ? Optional.of(new CredentialScope(m.group(1), m.group(2), m.group(3))) : Optional.empty();
    }
}
