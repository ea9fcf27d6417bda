package dev.vigil.fakecloud.aws;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.vigil.fakecloud.FakeCloudOptions;
import dev.vigil.fakecloud.org.AccountResources;
import dev.vigil.fakecloud.org.OrgAccount;
import dev.vigil.fakecloud.org.SyntheticOrg;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Cost Explorer GetCostAndUsage (JSON 1.1), MONTHLY granularity, grouped by up to two of LINKED_ACCOUNT and
 * SERVICE. The management account sees every ACTIVE account, a member only itself. Pages cut the flat list of
 * (month, group) cells.
 */
public final class CostExplorerHandler implements ServiceHandler {
    private final SyntheticOrg org;
    private final CostModel costs;
    private final int pageSize;

    public CostExplorerHandler(SyntheticOrg org, FakeCloudOptions options) {
        this.org = org;
        this.costs = new CostModel(org.generatedAt());
        this.pageSize = options.maxPageSize() * 20;
    }

    @Override
    public Set<String> readOperations() {
        return Set.of("GetCostAndUsage");
    }

    private record Cell(YearMonth month, List<String> keys, BigDecimal amount) {
    }

    @Override
    public AwsResponse handle(AwsRequest request, String operation) {
        if (!operation.equals("GetCostAndUsage")) {
            throw new AwsError(400, "UnknownOperationException", operation);
        }
        JsonNode in = JsonProtocol.body(request);
        JsonNode period = in.get("TimePeriod");
        if (period == null) {
            throw new AwsError(400, "ValidationException", "TimePeriod is required");
        }
        if (!"MONTHLY".equals(JsonPages.text(in, "Granularity"))) {
            throw new AwsError(400, "ValidationException", "the fake cloud serves Granularity MONTHLY only");
        }
        LocalDate start = date(period, "Start");
        LocalDate end = date(period, "End");
        List<String> metrics = new ArrayList<>();
        in.path("Metrics").forEach(m -> metrics.add(m.asText()));
        if (metrics.isEmpty()) {
            throw new AwsError(400, "ValidationException", "Metrics is required");
        }
        List<String> groupBy = new ArrayList<>();
        in.path("GroupBy").forEach(g -> groupBy.add(g.path("Key").asText()));
        for (String g : groupBy) {
            if (!g.equals("LINKED_ACCOUNT") && !g.equals("SERVICE")) {
                throw new AwsError(400, "ValidationException", "the fake cloud groups by LINKED_ACCOUNT or SERVICE only");
            }
        }
        List<AccountResources> accounts = visible(request.accountId());
        List<YearMonth> months = new ArrayList<>();
        for (YearMonth m = YearMonth.from(start); m.atDay(1).isBefore(end); m = m.plusMonths(1)) {
            if (costs.hasData(m)) {
                months.add(m);
            }
        }
        Map<YearMonth, List<Cell>> cells = new LinkedHashMap<>();
        for (YearMonth m : months) {
            cells.put(m, cells(accounts, m, groupBy));
        }
        return JsonProtocol.respond(render(in, months, cells, groupBy, metrics, accounts));
    }

    private ObjectNode render(JsonNode in, List<YearMonth> months, Map<YearMonth, List<Cell>> cells,
            List<String> groupBy, List<String> metrics, List<AccountResources> accounts) {
        List<Cell> flat = new ArrayList<>();
        cells.values().forEach(flat::addAll);
        Page<Cell> page = Page.of(flat, JsonPages.text(in, "NextPageToken"), null, pageSize, "InvalidNextTokenException");
        ObjectNode out = JsonProtocol.object();
        ArrayNode defs = out.putArray("GroupDefinitions");
        groupBy.forEach(g -> defs.addObject().put("Type", "DIMENSION").put("Key", g));
        ArrayNode results = out.putArray("ResultsByTime");
        for (YearMonth m : months) {
            List<Cell> inPage = page.items().stream().filter(c -> c.month().equals(m)).toList();
            if (inPage.isEmpty() && !groupBy.isEmpty()) {
                continue;
            }
            ObjectNode r = results.addObject();
            r.putObject("TimePeriod").put("Start", m.atDay(1).toString()).put("End", m.plusMonths(1).atDay(1).toString());
            ObjectNode total = r.putObject("Total");
            ArrayNode groups = r.putArray("Groups");
            for (Cell c : inPage) {
                if (groupBy.isEmpty()) {
                    metrics.forEach(metric -> total.putObject(metric).put("Amount", c.amount().toPlainString())
                            .put("Unit", "USD"));
                } else {
                    ObjectNode g = groups.addObject();
                    ArrayNode keys = g.putArray("Keys");
                    c.keys().forEach(keys::add);
                    ObjectNode metricsNode = g.putObject("Metrics");
                    metrics.forEach(metric -> metricsNode.putObject(metric).put("Amount", c.amount().toPlainString())
                            .put("Unit", "USD"));
                }
            }
            r.put("Estimated", costs.estimated(m));
        }
        if (groupBy.contains("LINKED_ACCOUNT")) {
            ArrayNode attrs = out.putArray("DimensionValueAttributes");
            for (AccountResources a : accounts) {
                String name = org.account(a.accountId()).map(OrgAccount::name).orElse("");
                attrs.addObject().put("Value", a.accountId()).putObject("Attributes").put("description", name);
            }
        }
        if (page.next() != null) {
            out.put("NextPageToken", page.next());
        }
        return out;
    }

    private List<Cell> cells(List<AccountResources> accounts, YearMonth month, List<String> groupBy) {
        Map<List<String>, BigDecimal> sums = new LinkedHashMap<>();
        for (AccountResources a : accounts) {
            costs.byService(a, month).forEach((service, amount) -> {
                List<String> keys = new ArrayList<>();
                for (String g : groupBy) {
                    keys.add(g.equals("LINKED_ACCOUNT") ? a.accountId() : service);
                }
                sums.merge(keys, amount, BigDecimal::add);
            });
        }
        List<Cell> out = new ArrayList<>();
        sums.forEach((keys, amount) -> out.add(new Cell(month, keys, amount)));
        return out;
    }

    private List<AccountResources> visible(String caller) {
        List<AccountResources> out = new ArrayList<>();
        for (OrgAccount a : org.accounts()) {
            if (caller.equals(org.managementAccountId()) || a.id().equals(caller)) {
                org.resources(a.id()).ifPresent(out::add);
            }
        }
        return out;
    }

    private static LocalDate date(JsonNode period, String field) {
        String value = JsonPages.required(period, field);
        try {
            return LocalDate.parse(value);
        } catch (DateTimeParseException e) {
            throw new AwsError(400, "ValidationException", "Invalid " + field + " date: " + value);
        }
    }
}
