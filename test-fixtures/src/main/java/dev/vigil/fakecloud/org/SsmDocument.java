package dev.vigil.fakecloud.org;

import java.time.Instant;
import java.util.List;

/**
 * A Systems Manager document the account owns.
 *
 * @param sharedWith the account ids it is shared with; {@code all} makes it public
 */
public record SsmDocument(String name, String documentType, List<String> sharedWith, Instant created) {

    public String arn(String region, String accountId) {
        return "arn:aws:ssm:" + region + ":" + accountId + ":document/" + name;
    }
}
