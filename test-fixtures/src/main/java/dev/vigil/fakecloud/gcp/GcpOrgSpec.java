package dev.vigil.fakecloud.gcp;

/**
 * What to generate: the shape of a synthetic Google Cloud organization.
 *
 * @param projects             projects in the organization, inactive ones included
 * @param inactiveProjects     projects in state {@code DELETE_REQUESTED}
 * @param seed                 generation seed; the same spec gives the same organization
 * @param misconfigurationRate probability, per project and plant kind, of an extra planted misconfiguration
 */
public record GcpOrgSpec(int projects, int inactiveProjects, long seed, double misconfigurationRate) {

    public GcpOrgSpec {
        if (projects < 1 || inactiveProjects < 0 || inactiveProjects >= projects) {
            throw new IllegalArgumentException("need projects >= 1 and 0 <= inactiveProjects < projects, got "
                    + projects + " and " + inactiveProjects);
        }
        if (misconfigurationRate < 0 || misconfigurationRate > 1) {
            throw new IllegalArgumentException("misconfigurationRate must be in [0, 1], got " + misconfigurationRate);
        }
    }

    /** The demo organization: 3 folders (one nested), 6 projects, 1 pending deletion, every check planted. */
    public static GcpOrgSpec demo() {
        return new GcpOrgSpec(6, 1, 42L, 0.0);
    }

    public static GcpOrgSpec of(int projects, long seed) {
        return new GcpOrgSpec(projects, projects >= 20 ? projects / 50 : 0, seed, 0.05);
    }
}
