package dev.vigil.collect.engine;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.NullNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.vigil.snapshot.UnknownInput;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.Map;
import java.util.Objects;
import software.amazon.awssdk.core.SdkClient;

/** The generic engine: runs one {@link ResourceSpec} in one unit (paging, details, joins, gaps). */
public final class SpecCollector<C extends SdkClient> implements Collector {
    private final ResourceSpec<C> spec;

    public SpecCollector(ResourceSpec<C> spec) {
        this.spec = spec;
    }

    public ResourceSpec<C> spec() {
        return spec;
    }

    @Override
    public String name() {
        return spec.type();
    }

    @Override
    public Scope scope() {
        return spec.scope();
    }

    @Override
    public List<Operation> operations() {
        return spec.operations();
    }

    @Override
    public void collect(UnitContext unit) {
        C listClient = unit.client(spec.client());
        Outcome<List<ObjectNode>> listed = unit.call(spec.listOperation(), unit.region(), java.util.Set.of(),
                List.of(spec.type()), () -> spec.list().apply(listClient).map(SdkJson::toJson).peek(spec.redact()).toList());
        if (listed.failed()) {
            unit.rememberFailure(spec.type(), listed.gap());
            return;
        }
        unit.remember(spec.type(), listed.value());
        for (ObjectNode item : listed.value()) {
            if (spec.prepare().isEmpty() && spec.details().isEmpty()) {
                enrichAndEmit(unit, item);
            } else {
                unit.spawn(spec.type(), () -> enrichAndEmit(unit, item));
            }
        }
    }

    private void enrichAndEmit(UnitContext unit, ObjectNode item) {
        UnknownInputs unknown = new UnknownInputs();
        // a failed prepare call leaves open whether (and where) the item is a resource of this type: the listing
        // of the type is incomplete, which the gap says; the item is not emitted on a guess
        for (Detail<C> d : spec.prepare()) {
            if (!apply(unit, d, item, List.of(spec.type()), unknown)) {
                return;
            }
        }
        boolean home = spec.homeRegionField() == null
                || unit.region().equals(Extract.text(item, spec.homeRegionField()));
        if (!home || !spec.keep().test(item)) {
            return;
        }
        List<Detail<C>> details = spec.details();
        if (details.size() <= 1) {
            details.forEach(d -> apply(unit, d, item, List.of(), unknown));
            finish(unit, item, unknown);
            return;
        }
        // independent detail calls of one item run in parallel; the last one to finish writes the record
        AtomicInteger left = new AtomicInteger(details.size());
        for (Detail<C> detail : details) {
            unit.spawn(spec.type(), () -> {
                try {
                    apply(unit, detail, item, List.of(), unknown);
                } finally {
                    if (left.decrementAndGet() == 0) {
                        finish(unit, item, unknown);
                    }
                }
            });
        }
    }

    private void finish(UnitContext unit, ObjectNode item, UnknownInputs unknown) {
        spec.joins().forEach(j -> join(unit, j, item, unknown));
        PolicyDocuments.decodeInPlace(item);
        String id = spec.id().apply(item);
        String region = region(unit, item);
        String uidRegion = UnitContext.GLOBAL.equals(region) ? "" : region;
        Map<String, String> tags = spec.tagsKey() == null ? Map.of() : Tags.toMap(item.get(spec.tagsKey()));
        unknown.list().stream().filter(u -> u.attribute().equals(spec.tagsKey())).findFirst()
                .ifPresent(u -> unknown.add(new UnknownInput(UnknownInput.TAGS, u.service(), u.operation(), u.errorCode())));
        unit.emit(unit.record(spec.service(), spec.type(), region, id, spec.name().apply(item),
                spec.uid().of(unit.accountId(), uidRegion, id, item), tags, item).withUnknown(unknown.list()));
    }

    private String region(UnitContext unit, ObjectNode item) {
        if (spec.regionOf() != null) {
            String r = spec.regionOf().apply(item);
            if (r != null) {
                return r;
            }
        }
        return unit.region();
    }

    /** Runs one detail call into the item; false when it failed (the gap is recorded, the attribute unknown). */
    private boolean apply(UnitContext unit, Detail<C> detail, ObjectNode item, List<String> blinds,
            UnknownInputs unknown) {
        ObjectNode view;
        synchronized (item) {
            view = item.deepCopy();
        }
        String region = region(unit, view);
        C client = UnitContext.GLOBAL.equals(region) ? unit.client(spec.client()) : unit.client(spec.client(), region);
        Outcome<JsonNode> outcome = unit.call(detail.operation(), region, detail.notConfigured(), blinds,
                () -> detail.extract().apply(detail.call().apply(client, view)));
        synchronized (item) {
            store(detail, outcome, item, unknown);
        }
        return !outcome.failed();
    }

    private void store(Detail<C> detail, Outcome<JsonNode> outcome, ObjectNode item, UnknownInputs unknown) {
        switch (outcome.kind()) {
            case VALUE -> {
                if (detail.key() == null) {
                    if (outcome.value() instanceof ObjectNode members) {
                        item.setAll(members);
                    }
                } else {
                    item.set(detail.key(), outcome.value());
                }
            }
            case NOT_CONFIGURED -> {
                if (detail.key() != null) {
                    item.set(detail.key(), NullNode.getInstance());
                }
            }
            case FAILED -> {
                // recorded as a gap; the key stays absent and the record says it is unknown
                unknown.add(outcome.unknown(detail.key() == null ? detail.operation().name() : detail.key()));
            }
        }
    }

    private static void join(UnitContext unit, Join join, ObjectNode item, UnknownInputs unknown) {
        unit.listingGap(join.sourceType()).ifPresent(gap -> unknown.add(UnknownInputs.of(join.key(), gap)));
        unit.items(join.sourceType()).ifPresent(sources -> {
            ArrayNode matches = item.arrayNode();
            JsonNode target = item.get(join.targetField());
            for (ObjectNode source : sources) {
                if (target != null && Objects.equals(source.get(join.sourceField()), target)) {
                    matches.add(source.deepCopy());
                }
            }
            item.set(join.key(), matches);
        });
    }
}
