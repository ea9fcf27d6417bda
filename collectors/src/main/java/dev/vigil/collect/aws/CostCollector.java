package dev.vigil.collect.aws;

import static dev.vigil.collect.aws.AwsServices.COST_EXPLORER;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.vigil.collect.engine.Collector;
import dev.vigil.collect.engine.Operation;
import dev.vigil.collect.engine.Outcome;
import dev.vigil.collect.engine.Scope;
import dev.vigil.collect.engine.UnitContext;
import dev.vigil.snapshot.Gap;
import dev.vigil.snapshot.ResourceRecord;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import software.amazon.awssdk.services.costexplorer.CostExplorerClient;
import software.amazon.awssdk.services.costexplorer.model.GetCostAndUsageResponse;
import software.amazon.awssdk.services.costexplorer.model.GroupDefinitionType;
import software.amazon.awssdk.services.costexplorer.model.Granularity;
import software.amazon.awssdk.services.costexplorer.model.Group;
import software.amazon.awssdk.services.costexplorer.model.ResultByTime;

/**
 * Unblended cost of the last three full months by linked account and service, from the management
 * account: one {@code aws.ce.account_cost} record per linked account.
 */
public final class CostCollector implements Collector {
    private static final Operation GET = Operation.of("ce", "GetCostAndUsage");
    private static final String METRIC = "UnblendedCost";
    private static final String TYPE = "aws.ce.account_cost";

    private final Clock clock;

    public CostCollector(Clock clock) {
        this.clock = clock;
    }

    @Override
    public String name() {
        return TYPE;
    }

    @Override
    public Scope scope() {
        return Scope.MANAGEMENT;
    }

    @Override
    public List<Operation> operations() {
        return List.of(GET);
    }

    @Override
    public void collect(UnitContext unit) {
        LocalDate end = LocalDate.now(clock.withZone(ZoneOffset.UTC)).withDayOfMonth(1);
        LocalDate start = end.minusMonths(3);
        CostExplorerClient ce = unit.client(COST_EXPLORER);
        Outcome<List<ResultByTime>> results = unit.call(GET, UnitContext.GLOBAL, Set.of(), List.of(TYPE), () -> {
            List<ResultByTime> all = new ArrayList<>();
            String token = null;
            do {
                String next = token;
                GetCostAndUsageResponse page = ce.getCostAndUsage(r -> r
                        .timePeriod(t -> t.start(start.toString()).end(end.toString()))
                        .granularity(Granularity.MONTHLY).metrics(METRIC)
                        .groupBy(g -> g.type(GroupDefinitionType.DIMENSION).key("LINKED_ACCOUNT"),
                                g -> g.type(GroupDefinitionType.DIMENSION).key("SERVICE"))
                        .nextPageToken(next));
                all.addAll(page.resultsByTime());
                token = page.nextPageToken();
            } while (token != null && !token.isEmpty());
            return all;
        });
        if (results.failed()) {
            // the cost of every account in scope comes from this one call: each of them is blind, not just this one
            Gap gap = results.gap();
            for (String account : unit.account().costAccounts()) {
                if (!account.equals(unit.accountId())) {
                    unit.account().gaps().add(new Gap("aws", account, gap.region(), gap.service(), gap.operation(),
                            gap.errorCode(), "in management account " + unit.accountId() + ": " + gap.message(),
                            gap.at(), gap.resourceTypes()));
                }
            }
            return;
        }
        emit(unit, results.value(), start);
    }

    private static void emit(UnitContext unit, List<ResultByTime> results, LocalDate start) {
        List<String> months = List.of(start.toString(), start.plusMonths(1).toString(), start.plusMonths(2).toString());
        Map<String, Map<String, Map<String, BigDecimal>>> byAccount = new TreeMap<>();
        Map<String, String> currency = new TreeMap<>();
        for (ResultByTime period : results) {
            String month = period.timePeriod().start();
            for (Group group : period.groups()) {
                if (group.keys().size() < 2 || !group.metrics().containsKey(METRIC)) {
                    continue;
                }
                String account = group.keys().get(0);
                var metric = group.metrics().get(METRIC);
                currency.putIfAbsent(account, metric.unit());
                byAccount.computeIfAbsent(account, a -> new TreeMap<>()).computeIfAbsent(month, m -> new TreeMap<>())
                        .merge(group.keys().get(1), new BigDecimal(metric.amount()), BigDecimal::add);
            }
        }
        for (var entry : byAccount.entrySet()) {
            String account = entry.getKey();
            if (!unit.account().costAccounts().isEmpty() && !unit.account().costAccounts().contains(account)) {
                continue;
            }
            ObjectNode attributes = JsonNodeFactory.instance.objectNode();
            attributes.put("Currency", currency.get(account));
            ArrayNode monthList = attributes.putArray("Months");
            ObjectNode byService = attributes.putObject("ByService");
            for (int i = 0; i < months.size(); i++) {
                String month = months.get(i);
                Map<String, BigDecimal> services = entry.getValue().getOrDefault(month, Map.of());
                BigDecimal total = services.values().stream().reduce(BigDecimal.ZERO, BigDecimal::add);
                String monthEnd = i + 1 < months.size() ? months.get(i + 1) : LocalDate.parse(month).plusMonths(1).toString();
                monthList.addObject().put("Start", month).put("End", monthEnd).put("Amount", total.toPlainString());
                ObjectNode perService = byService.putObject(month);
                services.forEach((service, amount) -> perService.put(service, amount.toPlainString()));
            }
            unit.emit(new ResourceRecord("aws", account, UnitContext.GLOBAL, "ce", TYPE, account,
                    account, "arn:aws:ce::" + account + ":cost", Map.of(), attributes));
        }
    }
}
