package dev.vigil.fakecloud.gcp;

import java.util.Map;

/** A project as Resource Manager v3 lists it. */
public record GcpProject(String projectId, long number, String displayName, String parent, String state,
                         Map<String, String> labels, String createTime) {

    public GcpProject {
        labels = Map.copyOf(labels);
    }

    public String name() {
        return "projects/" + number;
    }

    public boolean active() {
        return "ACTIVE".equals(state);
    }

    /** The project's full resource name: its uid in the snapshot and its org-tree {@code arn}. */
    public String uid() {
        return "//cloudresourcemanager.googleapis.com/projects/" + number;
    }
}
