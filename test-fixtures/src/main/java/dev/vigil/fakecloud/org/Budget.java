package dev.vigil.fakecloud.org;

import java.util.List;

/**
 * An AWS Budgets budget of an account.
 *
 * @param type          {@code COST}, {@code USAGE}, {@code RI_UTILIZATION}, ...
 * @param notifications its notifications, each with the subscription types of its subscribers
 */
public record Budget(String name, String type, double limitUsd, List<Notification> notifications) {

    /** @param type {@code ACTUAL} or {@code FORECASTED}; threshold in percent of the limit */
    public record Notification(String type, double threshold, List<String> subscriberTypes) {
    }
}
