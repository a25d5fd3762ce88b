package io.idem.demo;

import java.util.List;
import java.util.Objects;

/**
 * Everything simulated for one account: its rows for each file except usage, and per history
 * month the values that the usage sampler draws rows from. Monthly arrays are indexed by month of
 * the {@link HistoryWindow}; months before signup or while churned have {@code activeFrom} NO_DAY.
 *
 * @param activeFrom      first day of the month with an active subscription, or NO_DAY
 * @param activeTo        last such day (a churn day itself is not active)
 * @param activeUsers     distinct users active in the month
 * @param usageWeight     relative usage volume of the month: active users times per-user intensity,
 *                        scaled by the active fraction of the month
 * @param plans           the plan in force at the end of the month's active days
 * @param upgradeAppetite from 0 to 1, how strongly the account reaches for features of higher plans
 */
record AccountHistory(AccountProfile profile, List<Rows.Subscription> subscriptions, List<Rows.Ticket> tickets,
                      List<Rows.Response> responses, List<Rows.Touchpoint> touchpoints, List<Rows.Invoice> invoices,
                      int[] activeFrom, int[] activeTo, int[] activeUsers, double[] usageWeight, PlanTier[] plans,
                      double upgradeAppetite) {

    AccountHistory {
        Objects.requireNonNull(profile, "profile is null");
        subscriptions = List.copyOf(subscriptions);
        tickets = List.copyOf(tickets);
        responses = List.copyOf(responses);
        touchpoints = List.copyOf(touchpoints);
        invoices = List.copyOf(invoices);
    }

    /** Returns the last subscription, whose plan and seats the accounts file shows. */
    Rows.Subscription latestSubscription() {
        return subscriptions.get(subscriptions.size() - 1);
    }

    double totalUsageWeight() {
        double total = 0;
        for (double weight : usageWeight) {
            total += weight;
        }
        return total;
    }
}
