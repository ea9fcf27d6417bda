package dev.vigil.fakecloud.aws;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.vigil.fakecloud.org.AccountResources;
import dev.vigil.fakecloud.org.Plant;
import java.util.List;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.budgets.BudgetsClient;
import software.amazon.awssdk.services.budgets.model.Budget;
import software.amazon.awssdk.services.budgets.model.BudgetType;
import software.amazon.awssdk.services.budgets.model.NotFoundException;
import software.amazon.awssdk.services.budgets.model.Notification;
import software.amazon.awssdk.services.budgets.model.SubscriptionType;

/** AWS Budgets over the wire: the SDK's JSON 1.1 client against the fake, paging through the budgets. */
class BudgetsWireTest extends WireTestBase {

    private BudgetsClient budgets(String accountId) {
        return clients.build(BudgetsClient.builder(), assume(accountId), "us-east-1");
    }

    @Test
    void cleanAccountHasAnAlertingCostBudget() {
        String acct = org.managementAccountId();
        BudgetsClient client = budgets(acct);
        List<Budget> all = client.describeBudgetsPaginator(b -> b.accountId(acct).maxResults(1)).budgets().stream()
                .toList();
        assertThat(all).extracting(Budget::budgetType).containsExactly(BudgetType.COST, BudgetType.RI_UTILIZATION);
        List<Notification> notifications = client.describeNotificationsForBudget(b -> b.accountId(acct)
                .budgetName("monthly-cost")).notifications();
        assertThat(notifications).hasSize(2);
        assertThat(client.describeSubscribersForNotification(b -> b.accountId(acct).budgetName("monthly-cost")
                .notification(notifications.get(1))).subscribers()).extracting(s -> s.subscriptionType())
                .containsExactly(SubscriptionType.SNS, SubscriptionType.EMAIL);
        assertThatThrownBy(() -> client.describeNotificationsForBudget(b -> b.accountId(acct).budgetName("nope")))
                .isInstanceOf(NotFoundException.class);
    }

    @Test
    void plantedAccountsLackTheBudgetOrItsAlerts() {
        AccountResources missing = plantedWith(Plant.BUDGET_MISSING);
        assertThat(budgets(missing.accountId()).describeBudgets(b -> b.accountId(missing.accountId())).budgets())
                .extracting(Budget::budgetType).containsExactly(BudgetType.RI_UTILIZATION);
        AccountResources silent = plantedWith(Plant.BUDGET_NO_ALERTS);
        assertThat(budgets(silent.accountId()).describeNotificationsForBudget(b -> b.accountId(silent.accountId())
                .budgetName("monthly-cost")).notifications()).isEmpty();
    }
}
