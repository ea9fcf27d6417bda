package dev.vigil.fakecloud.aws;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.vigil.fakecloud.FakeCloudOptions;
import dev.vigil.fakecloud.org.AccountResources;
import dev.vigil.fakecloud.org.Budget;
import dev.vigil.fakecloud.org.SyntheticOrg;
import java.util.Locale;
import java.util.Set;

/**
 * AWS Budgets (JSON 1.1, AWSBudgetServiceGateway, global): DescribeBudgets (MaxResults/NextToken),
 * DescribeNotificationsForBudget, DescribeSubscribersForNotification. The AccountId parameter must be the caller's
 * account; an unknown budget or notification answers NotFoundException.
 */
public final class BudgetsHandler implements ServiceHandler {
    private final SyntheticOrg org;
    private final FakeCloudOptions options;

    public BudgetsHandler(SyntheticOrg org, FakeCloudOptions options) {
        this.org = org;
        this.options = options;
    }

    @Override
    public Set<String> readOperations() {
        return Set.of("DescribeBudgets", "DescribeNotificationsForBudget", "DescribeSubscribersForNotification");
    }

    @Override
    public AwsResponse handle(AwsRequest request, String operation) {
        JsonNode body = JsonProtocol.body(request);
        String accountId = body.path("AccountId").asText("");
        if (!accountId.equals(request.accountId())) {
            throw new AwsError(400, "AccessDeniedException", "AccountId " + accountId + " is not the caller's account");
        }
        AccountResources r = org.resources(accountId)
                .orElseThrow(() -> new AwsError(400, "AccessDeniedException", "account " + accountId + " is not active"));
        ObjectNode out = JsonProtocol.object();
        switch (operation) {
            case "DescribeBudgets" -> {
                Page<Budget> page = Page.of(r.budgets(), body.path("NextToken").asText(null),
                        body.has("MaxResults") ? body.get("MaxResults").asInt() : null, options.maxPageSize(),
                        "InvalidParameterException");
                ArrayNode list = out.putArray("Budgets");
                page.items().forEach(b -> budget(list.addObject(), b));
                if (page.next() != null) {
                    out.put("NextToken", page.next());
                }
            }
            case "DescribeNotificationsForBudget" -> {
                ArrayNode list = out.putArray("Notifications");
                budget(r, body.path("BudgetName").asText("")).notifications().forEach(n -> notification(list.addObject(), n));
            }
            case "DescribeSubscribersForNotification" -> {
                Budget b = budget(r, body.path("BudgetName").asText(""));
                JsonNode wanted = body.path("Notification");
                Budget.Notification n = b.notifications().stream()
                        .filter(x -> x.type().equals(wanted.path("NotificationType").asText())
                                && x.threshold() == wanted.path("Threshold").asDouble(-1))
                        .findFirst().orElseThrow(() -> new AwsError(400, "NotFoundException",
                                "Unable to find notification for budget " + b.name()));
                ArrayNode list = out.putArray("Subscribers");
                for (String type : n.subscriberTypes()) {
                    String role = type.toLowerCase(Locale.ROOT);
                    list.addObject().put("SubscriptionType", type).put("Address", type.equals("SNS")
                            ? "arn:aws:sns:us-east-1:" + accountId + ":budget-alerts" : "finops+" + role + "@example.com");
                }
            }
            default -> throw new AwsError(400, "UnknownOperationException", "fake cloud does not serve " + operation);
        }
        return JsonProtocol.respond(out);
    }

    private static Budget budget(AccountResources r, String name) {
        return r.budgets().stream().filter(b -> b.name().equals(name)).findFirst()
                .orElseThrow(() -> new AwsError(400, "NotFoundException", "Unable to get budget: " + name
                        + " - the budget doesn't exist."));
    }

    private void budget(ObjectNode out, Budget b) {
        out.put("BudgetName", b.name()).put("BudgetType", b.type()).put("TimeUnit", "MONTHLY");
        if (b.type().equals("COST")) {
            out.putObject("BudgetLimit").put("Amount", String.valueOf(b.limitUsd())).put("Unit", "USD");
        } else {
            out.putObject("BudgetLimit").put("Amount", "80.0").put("Unit", "PERCENT");
        }
        out.putObject("TimePeriod").put("Start", JsonProtocol.epoch(org.generatedAt().minusSeconds(86_400L * 365)))
                .put("End", 3_706_473_600L);
    }

    private static void notification(ObjectNode out, Budget.Notification n) {
        out.put("NotificationType", n.type()).put("ComparisonOperator", "GREATER_THAN").put("Threshold", n.threshold())
                .put("ThresholdType", "PERCENTAGE").put("NotificationState", "OK");
    }
}
