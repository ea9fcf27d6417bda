package dev.vigil.snapshot;

/** An organizational unit of an org tree. */
public record OrgUnit(String id, String name, String parentId, String arn) {
}
