package dev.vigil.fakecloud.org;

/** One planted misconfiguration: the check that must fail and the resource it must fail on. */
public record Finding(String checkId, String resourceUid) implements Comparable<Finding> {

    @Override
    public int compareTo(Finding other) {
        int c = checkId.compareTo(other.checkId);
        return c != 0 ? c : resourceUid.compareTo(other.resourceUid);
    }
}
