package dev.vigil.collect.gcp;

import com.google.cloud.resourcemanager.v3.Folder;
import com.google.cloud.resourcemanager.v3.Project;
import dev.vigil.snapshot.Gap;
import java.util.List;

/** What discovery found: the organization, its folders (recursively) and every project under them. */
record GcpTree(String organization, String displayName, List<Folder> folders, List<Project> projects,
               List<Gap> gaps) {

    GcpTree {
        folders = List.copyOf(folders);
        projects = List.copyOf(projects);
        gaps = List.copyOf(gaps);
    }

    /** Node ids from the organization down to {@code parent} (folders and the organization). */
    List<String> pathTo(String parent) {
        java.util.LinkedList<String> path = new java.util.LinkedList<>();
        String current = parent;
        while (current != null && path.size() < 64) {
            path.addFirst(current);
            String next = null;
            for (Folder f : folders) {
                if (f.getName().equals(current)) {
                    next = f.getParent();
                }
            }
            current = next;
        }
        return List.copyOf(path);
    }
}
