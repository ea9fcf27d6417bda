package dev.vigil.collect.config;

/**
 * @param accounts accounts collected at the same time
 * @param workers  API calls in flight at the same time across all accounts, regions and services
 *                 (default: 4 per account)
 */
public record Concurrency(Integer accounts, Integer workers) {
    public static final Concurrency DEFAULT = new Concurrency(null, null);

    public Concurrency {
        accounts = accounts == null ? 8 : accounts;
        workers = workers == null ? accounts * 4 : workers;
    }
}
