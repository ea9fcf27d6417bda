package dev.vigil.fakecloud.azure;

/**
 * What to generate: the shape of a synthetic Azure tenant.
 *
 * @param subscriptions         subscriptions in the tenant, disabled ones included
 * @param disabledSubscriptions subscriptions in state {@code Disabled}
 * @param seed                  generation seed; the same spec gives the same tenant
 * @param misconfigurationRate  probability, per subscription and plant kind, of an extra planted misconfiguration
 * @param clean                 nothing planted, in the subscriptions or the Entra ID directory: the clean twin of a
 *                              planted tenant's tenant-wide settings
 */
public record AzureOrgSpec(int subscriptions, int disabledSubscriptions, long seed, double misconfigurationRate,
                           boolean clean) {

    public AzureOrgSpec(int subscriptions, int disabledSubscriptions, long seed, double misconfigurationRate) {
        this(subscriptions, disabledSubscriptions, seed, misconfigurationRate, false);
    }

    public AzureOrgSpec {
        if (subscriptions < 1 || disabledSubscriptions < 0 || disabledSubscriptions >= subscriptions) {
            throw new IllegalArgumentException("need subscriptions >= 1 and 0 <= disabled < subscriptions, got "
                    + subscriptions + " and " + disabledSubscriptions);
        }
        if (misconfigurationRate < 0 || misconfigurationRate > 1) {
            throw new IllegalArgumentException("misconfigurationRate must be in [0, 1], got " + misconfigurationRate);
        }
    }

    /** The demo tenant: 3 management groups below the root, 6 subscriptions, 1 disabled, every check planted. */
    public static AzureOrgSpec demo() {
        return new AzureOrgSpec(6, 1, 42L, 0.0);
    }

    /** The demo's second tenant: one subscription and a directory with nothing planted (the Entra ID clean twin). */
    public static AzureOrgSpec demoTwin() {
        return new AzureOrgSpec(1, 0, 43L, 0.0, true);
    }

    public static AzureOrgSpec of(int subscriptions, long seed) {
        return new AzureOrgSpec(subscriptions, subscriptions >= 20 ? subscriptions / 50 : 0, seed, 0.05);
    }
}
