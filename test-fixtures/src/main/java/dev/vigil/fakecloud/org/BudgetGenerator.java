package dev.vigil.fakecloud.org;

import java.util.ArrayList;
import java.util.List;

/**
 * An account's budgets: a monthly cost budget alerting at 80 % actual (e-mail) and 100 % forecasted (SNS), and an RI
 * utilization budget. Planted: no cost budget at all (the RI budget stays: it is not a cost budget), or the cost
 * budget without notifications; every other account is the clean twin.
 */
final class BudgetGenerator {
    private final AccountContext ctx;

    BudgetGenerator(AccountContext ctx) {
        this.ctx = ctx;
    }

    List<Budget> budgets() {
        String uid = "arn:aws:budgets::" + ctx.accountId() + ":account";
        List<Budget> budgets = new ArrayList<>();
        if (ctx.has(Plant.BUDGET_MISSING)) {
            ctx.found(Plant.BUDGET_MISSING, uid);
        } else if (ctx.has(Plant.BUDGET_NO_ALERTS)) {
            budgets.add(new Budget("monthly-cost", "COST", 1000.0, List.of()));
            ctx.found(Plant.BUDGET_NO_ALERTS, uid);
        } else {
            budgets.add(new Budget("monthly-cost", "COST", 1000.0, List.of(
                    new Budget.Notification("ACTUAL", 80.0, List.of("EMAIL")),
                    new Budget.Notification("FORECASTED", 100.0, List.of("SNS", "EMAIL")))));
        }
        budgets.add(new Budget("ri-utilization", "RI_UTILIZATION", 0.0, List.of()));
        return budgets;
    }
}
