package dev.vigil.fakecloud.org;

import java.util.List;

/** An Organizations policy (SCP, tag policy or RCP) with its JSON document and targets. */
public record OrgPolicy(
        String id, String name, String type, boolean awsManaged, String description, String document,
        String arn, List<String> targets) {
}
