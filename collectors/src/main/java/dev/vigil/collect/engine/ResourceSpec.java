package dev.vigil.collect.engine;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.function.Predicate;
import java.util.stream.Stream;
import software.amazon.awssdk.core.SdkClient;
import software.amazon.awssdk.core.SdkPojo;

/**
 * A resource type described as data: which service, which list operation and item path, how to name it,
 * which detail calls enrich it, and so which IAM permissions it needs. {@link SpecCollector} runs it.
 *
 * @param prepare detail calls made before {@link #keep} decides whether the item is a resource of this type
 * @param regionOf where an item lives when it is not the unit's region (S3 buckets); {@code null} = unit's
 * @param redact   rewrites free-form fields of a listed item (through {@link Redaction}) before anything else sees it
 */
public record ResourceSpec<C extends SdkClient>(
        String type,
        String service,
        AwsService<C> client,
        Scope scope,
        Operation listOperation,
        Function<C, Stream<? extends SdkPojo>> list,
        Function<ObjectNode, String> id,
        Function<ObjectNode, String> name,
        Uid uid,
        String tagsKey,
        List<Detail<C>> prepare,
        Predicate<ObjectNode> keep,
        List<Detail<C>> details,
        List<Join> joins,
        Function<ObjectNode, String> regionOf,
        String homeRegionField,
        Consumer<ObjectNode> redact) {

    /** Builds the uid of an item. */
    @FunctionalInterface
    public interface Uid {
        String of(String accountId, String region, String id, ObjectNode item);

        static Uid field(String name) {
            return (account, region, id, item) -> Extract.text(item, name);
        }

        /** {@code {account}}, {@code {region}} and {@code {id}} are replaced. */
        static Uid template(String template) {
            return (account, region, id, item) -> template.replace("{account}", account).replace("{region}", region)
                    .replace("{id}", id);
        }
    }

    public List<Operation> operations() {
        List<Operation> ops = new ArrayList<>();
        ops.add(listOperation);
        prepare.forEach(d -> ops.add(d.operation()));
        details.forEach(d -> ops.add(d.operation()));
        return ops;
    }

    public static <C extends SdkClient> Builder<C> builder(String type, AwsService<C> client) {
        return new Builder<>(type, client);
    }

    /** Fluent construction, so that a spec reads like a table row. */
    public static final class Builder<C extends SdkClient> {
        private final String type;
        private final AwsService<C> client;
        private Scope scope = Scope.REGIONAL;
        private Operation listOperation;
        private Function<C, Stream<? extends SdkPojo>> list;
        private Function<ObjectNode, String> id;
        private Function<ObjectNode, String> name = item -> null;
        private Uid uid;
        private String tagsKey;
        private final List<Detail<C>> prepare = new ArrayList<>();
        private Predicate<ObjectNode> keep = item -> true;
        private final List<Detail<C>> details = new ArrayList<>();
        private final List<Join> joins = new ArrayList<>();
        private Function<ObjectNode, String> regionOf;
        private String homeRegionField;
        private Consumer<ObjectNode> redact = item -> { };

        private Builder(String type, AwsService<C> client) {
            this.type = type;
            this.client = client;
        }

        public Builder<C> scope(Scope s) {
            this.scope = s;
            return this;
        }

        public Builder<C> list(Operation operation, Function<C, Stream<? extends SdkPojo>> lister) {
            this.listOperation = operation;
            this.list = lister;
            return this;
        }

        public Builder<C> id(String field) {
            this.id = item -> Extract.text(item, field);
            return this;
        }

        public Builder<C> name(String field) {
            this.name = item -> Extract.text(item, field);
            return this;
        }

        /** The {@code Name} tag, as EC2 names things. */
        public Builder<C> nameFromTag() {
            this.name = item -> Tags.toMap(item.get("Tags")).get("Name");
            return this;
        }

        public Builder<C> uid(Uid rule) {
            this.uid = rule;
            return this;
        }

        public Builder<C> tags(String key) {
            this.tagsKey = key;
            return this;
        }

        public Builder<C> prepare(Detail<C> detail) {
            prepare.add(detail);
            return this;
        }

        public Builder<C> keep(Predicate<ObjectNode> predicate) {
            this.keep = predicate;
            return this;
        }

        public Builder<C> detail(Detail<C> detail) {
            details.add(detail);
            return this;
        }

        public Builder<C> join(Join join) {
            joins.add(join);
            return this;
        }

        public Builder<C> regionOf(Function<ObjectNode, String> rule) {
            this.regionOf = rule;
            return this;
        }

        /** Keeps only items whose {@code field} names the unit's region (a trail listed from another region). */
        public Builder<C> homeRegion(String field) {
            this.homeRegionField = field;
            return this;
        }

        /** Free-form fields (environment variables, …) go through {@link Redaction} as soon as an item is listed. */
        public Builder<C> redact(Consumer<ObjectNode> rule) {
            this.redact = rule;
            return this;
        }

        public ResourceSpec<C> build() {
            if (listOperation == null || id == null || uid == null) {
                throw new IllegalStateException(type + ": a spec needs a list operation, an id and a uid");
            }
            return new ResourceSpec<>(type, client.key(), client, scope, listOperation, list, id, name, uid, tagsKey,
                    List.copyOf(prepare), keep, List.copyOf(details), List.copyOf(joins), regionOf, homeRegionField,
                    redact);
        }
    }
}
