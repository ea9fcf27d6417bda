package dev.vigil.fakecloud.org;

/** An organizational unit. */
public record OrgUnit(String id, String name, String parentId, String arn) {
}
