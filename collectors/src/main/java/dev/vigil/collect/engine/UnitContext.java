package dev.vigil.collect.engine;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.vigil.snapshot.Gap;
import dev.vigil.snapshot.ResourceRecord;
import dev.vigil.snapshot.SnapshotWriter;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Supplier;
import software.amazon.awssdk.core.SdkClient;

/**
 * One unit of work: one account and one region (or {@code global}). Every SDK call goes through
 * {@link #call}, which turns a failure into a gap naming account, region, service and operation.
 */
public final class UnitContext {
    public static final String GLOBAL = Gap.GLOBAL;
    private static final String GLOBAL_CLIENT_REGION = "us-east-1";

    private final AccountContext account;
    private final String region;
    private final Map<String, List<ObjectNode>> itemsByType = new java.util.concurrent.ConcurrentHashMap<>();
    private final Map<String, Gap> listingGaps = new java.util.concurrent.ConcurrentHashMap<>();

    public UnitContext(AccountContext account, String region) {
        this.account = account;
        this.region = region;
    }

    public String accountId() {
        return account.accountId();
    }

    /** The unit's region, or {@code global}. */
    public String region() {
        return region;
    }

    public AccountContext account() {
        return account;
    }

    public <C extends SdkClient> C client(AwsService<C> service) {
        return client(service, GLOBAL.equals(region) ? GLOBAL_CLIENT_REGION : region);
    }

    public <C extends SdkClient> C client(AwsService<C> service, String clientRegion) {
        return account.clients().get(service, clientRegion);
    }

    public <T> Optional<T> call(Operation operation, Supplier<T> call) {
        return Optional.ofNullable(call(operation, region, Set.of(), call).value());
    }

    /**
     * Runs a call. An error whose code is in {@code notConfigured} means "not configured" (no gap); any
     * other error becomes a gap in {@code gapRegion} and {@link Outcome#failed()}.
     */
    public <T> Outcome<T> call(Operation operation, String gapRegion, Set<String> notConfigured, Supplier<T> call) {
        return call(operation, gapRegion, notConfigured, List.of(), call);
    }

    /**
     * As {@link #call(Operation, String, Set, Supplier)}; when the call fails, its gap names {@code blinds}: the
     * resource types it leaves unlisted in this account (a failed list call, or a call that decides which items
     * are resources of the type).
     */
    public <T> Outcome<T> call(Operation operation, String gapRegion, Set<String> notConfigured, List<String> blinds,
            Supplier<T> call) {
        try {
            return Outcome.value(call.get());
        } catch (RuntimeException e) {
            if (e instanceof IllegalStateException && Thread.currentThread().isInterrupted()) {
                throw e;
            }
            ErrorInfo error = ErrorInfo.of(e);
            if (notConfigured.contains(error.code())) {
                return Outcome.notConfigured();
            }
            Gap gap = new Gap("aws", accountId(), gapRegion, operation.service(), operation.name(), error.code(),
                    error.message(), SnapshotWriter.now(), blinds);
            account.gaps().add(gap);
            return Outcome.failure(gap);
        }
    }

    /**
     * Runs {@code task} on the worker pool, in parallel with the rest of the account; a crash becomes a gap
     * named after {@code what}.
     */
    public void spawn(String what, Runnable task) {
        account.tasks().spawn(() -> {
            try {
                task.run();
            } catch (RuntimeException e) {
                ErrorInfo error = ErrorInfo.of(e);
                account.gaps().add(new Gap("aws", accountId(), region, what, what, error.code(), error.message(),
                        SnapshotWriter.now()));
            }
        });
    }

    public void emit(ResourceRecord record) {
        account.records().add(record);
    }

    public ResourceRecord record(String service, String type, String recordRegion, String id, String name,
            String uid, Map<String, String> tags, ObjectNode attributes) {
        return new ResourceRecord("aws", accountId(), recordRegion, service, type, id, name, uid, tags, attributes);
    }

    /** Items an earlier collector of this unit listed, for joins; empty when that listing failed. */
    public Optional<List<ObjectNode>> items(String type) {
        return Optional.ofNullable(itemsByType.get(type));
    }

    /** The gap of an earlier collector's failed listing of {@code type} in this unit, if it failed. */
    public Optional<Gap> listingGap(String type) {
        return Optional.ofNullable(listingGaps.get(type));
    }

    void remember(String type, List<ObjectNode> items) {
        itemsByType.put(type, items);
    }

    void rememberFailure(String type, Gap gap) {
        listingGaps.put(type, gap);
    }
}
