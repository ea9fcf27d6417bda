package dev.vigil.collect.aws;

import static dev.vigil.collect.aws.AwsServices.BUDGETS;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.vigil.collect.engine.Collector;
import dev.vigil.collect.engine.Operation;
import dev.vigil.collect.engine.Outcome;
import dev.vigil.collect.engine.Scope;
import dev.vigil.collect.engine.SdkJson;
import dev.vigil.collect.engine.UnitContext;
import dev.vigil.collect.engine.UnknownInputs;
import dev.vigil.snapshot.UnknownInput;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import software.amazon.awssdk.services.budgets.BudgetsClient;
import software.amazon.awssdk.services.budgets.model.Budget;
import software.amazon.awssdk.services.budgets.model.Notification;

/**
 * The account's AWS Budgets, one record per account: each budget with its notifications and, per notification, the
 * subscription types of its subscribers (e-mail addresses and topic ARNs are not kept). NotFoundException on a
 * budget's notifications or a notification's subscribers means "none". A failed call leaves {@code Budgets} unknown.
 */
public final class BudgetsCollector implements Collector {
    public static final String TYPE = "aws.budgets.account";
    static final Operation DESCRIBE_BUDGETS = Operation.of("budgets", "DescribeBudgets");
    static final Operation NOTIFICATIONS = Operation.of("budgets", "DescribeNotificationsForBudget");
    static final Operation SUBSCRIBERS = Operation.of("budgets", "DescribeSubscribersForNotification");
    private static final Set<String> NONE = Set.of("NotFoundException");

    @Override
    public String name() {
        return TYPE;
    }

    @Override
    public Scope scope() {
        return Scope.GLOBAL;
    }

    @Override
    public List<Operation> operations() {
        return List.of(DESCRIBE_BUDGETS, NOTIFICATIONS, SUBSCRIBERS);
    }

    @Override
    public void collect(UnitContext unit) {
        String account = unit.accountId();
        BudgetsClient client = unit.client(BUDGETS);
        ObjectNode attributes = JsonNodeFactory.instance.objectNode();
        UnknownInputs unknown = new UnknownInputs();
        Outcome<List<Budget>> budgets = unit.call(DESCRIBE_BUDGETS, UnitContext.GLOBAL, NONE,
                () -> client.describeBudgetsPaginator(r -> r.accountId(account).maxResults(100)).budgets().stream()
                        .toList());
        if (budgets.failed()) {
            unknown.add(budgets.unknown("Budgets"));
        } else {
            ArrayNode list = attributes.putArray("Budgets");
            for (Budget b : budgets.value() == null ? List.<Budget>of() : budgets.value()) {
                ObjectNode item = list.addObject().put("BudgetName", b.budgetName())
                        .put("BudgetType", b.budgetTypeAsString()).put("TimeUnit", b.timeUnitAsString());
                if (b.budgetLimit() != null) {
                    item.set("BudgetLimit", SdkJson.toJson(b.budgetLimit()));
                }
                Optional<UnknownInput> gap = notifications(unit, client, b.budgetName(), item);
                if (gap.isPresent()) {
                    unknown.add(gap.get());
                    attributes.remove("Budgets");
                    break;
                }
            }
        }
        unit.emit(unit.record("budgets", TYPE, UnitContext.GLOBAL, account, account, uid(account), Map.of(), attributes)
                .withUnknown(unknown.list()));
    }

    /** Fills {@code Notifications}; the unknown input of {@code Budgets} when a call failed. */
    private static Optional<UnknownInput> notifications(UnitContext unit, BudgetsClient client, String budget, ObjectNode item) {
        Outcome<List<Notification>> found = unit.call(NOTIFICATIONS, UnitContext.GLOBAL, NONE,
                () -> client.describeNotificationsForBudgetPaginator(r -> r.accountId(unit.accountId())
                        .budgetName(budget)).notifications().stream().toList());
        if (found.failed()) {
            return Optional.of(found.unknown("Budgets"));
        }
        ArrayNode list = item.putArray("Notifications");
        for (Notification n : found.value() == null ? List.<Notification>of() : found.value()) {
            ObjectNode entry = SdkJson.toJson(n);
            Outcome<JsonNode> subscribers = unit.call(SUBSCRIBERS, UnitContext.GLOBAL, NONE, () -> {
                ArrayNode types = JsonNodeFactory.instance.arrayNode();
                client.describeSubscribersForNotificationPaginator(r -> r.accountId(unit.accountId()).budgetName(budget)
                        .notification(n)).subscribers().forEach(s -> types.addObject()
                                .put("SubscriptionType", s.subscriptionTypeAsString()));
                return (JsonNode) types;
            });
            if (subscribers.failed()) {
                return Optional.of(subscribers.unknown("Budgets"));
            }
            entry.set("Subscribers", subscribers.value() == null ? JsonNodeFactory.instance.arrayNode()
                    : subscribers.value());
            list.add(entry);
        }
        return Optional.empty();
    }

    /** Vigil's uid for the record (AWS Budgets has no ARN for "the budgets of an account"). */
    public static String uid(String accountId) {
        return "arn:aws:budgets::" + accountId + ":account";
    }
}
