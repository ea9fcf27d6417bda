package dev.vigil.report.inventory;

import java.util.Collections;
import java.util.Map;

/** Finds the inventory line of a resource of one account. */
public final class InventoryIndex {

    private final Map<String, InventoryLocation> locations;

    InventoryIndex(Map<String, InventoryLocation> locations) {
        // Not copied: it holds one entry per resource of the scan and is owned by this index alone.
        this.locations = Collections.unmodifiableMap(locations);
    }

    static String key(String provider, String accountUid, String resourceType, String resourceUid) {
        return provider + '\u0000' + accountUid + '\u0000' + resourceType + '\u0000' + resourceUid;
    }

    /** The location, or throws naming the resource when it was never written (a bug, not bad input). */
    public InventoryLocation locate(String provider, String accountUid, String resourceType, String resourceUid) {
        InventoryLocation at = locations.get(key(provider, accountUid, resourceType, resourceUid));
        if (at == null) {
            throw new IllegalStateException("resource " + resourceUid + " (" + resourceType + ") of " + provider
                    + " account " + accountUid + " is not in the inventory");
        }
        return at;
    }
}
