package dev.vigil.collect.gcp;

import com.google.cloud.resourcemanager.v3.Folder;
import com.google.cloud.resourcemanager.v3.ListFoldersRequest;
import com.google.cloud.resourcemanager.v3.ListProjectsRequest;
import com.google.cloud.resourcemanager.v3.Organization;
import com.google.cloud.resourcemanager.v3.Project;
import dev.vigil.collect.discover.DiscoveryException;
import dev.vigil.snapshot.Gap;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;

/**
 * Reads the resource hierarchy with Resource Manager v3: the organization, its folders breadth first, and the
 * projects of every node (deleted ones too, so they can be recorded as skipped). A folder that cannot be listed
 * is a gap; its siblings are still read.
 */
final class GcpDiscovery {
    private static final List<String> ACCOUNT = List.of("gcp.account");
    private final GcpClients clients;

    GcpDiscovery(GcpClients clients) {
        this.clients = clients;
    }

    GcpTree discover(String organization) {
        String org = organization.startsWith("organizations/") ? organization : "organizations/" + organization;
        Organization node;
        try {
            node = clients.organizations.getOrganization(org);
        } catch (RuntimeException e) {
            throw new DiscoveryException("GCP organization " + org + ": GetOrganization failed: " + e.getMessage(), e);
        }
        List<Folder> folders = new ArrayList<>();
        List<Project> projects = new ArrayList<>();
        List<Gap> gaps = new ArrayList<>();
        Deque<String> parents = new ArrayDeque<>(List.of(org));
        while (!parents.isEmpty()) {
            String parent = parents.removeFirst();
            try {
                for (Folder f : clients.folders.listFolders(ListFoldersRequest.newBuilder().setParent(parent)
                        .setPageSize(100).build()).iterateAll()) {
                    folders.add(f);
                    parents.addLast(f.getName());
                }
            } catch (RuntimeException e) {
                // the projects below an unlisted folder were never discovered: the scan is incomplete
                gaps.add(GcpErrors.gap(parent, "cloudresourcemanager", "ListFolders", e).withResourceTypes(ACCOUNT));
            }
            try {
                for (Project p : clients.projects.listProjects(ListProjectsRequest.newBuilder().setParent(parent)
                        .setShowDeleted(true).setPageSize(100).build()).iterateAll()) {
                    projects.add(p);
                }
            } catch (RuntimeException e) {
                gaps.add(GcpErrors.gap(parent, "cloudresourcemanager", "ListProjects", e).withResourceTypes(ACCOUNT));
            }
        }
        return new GcpTree(org, node.getDisplayName(), folders, projects, gaps);
    }
}
