package io.idem.demo;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/** Collects one account's monthly state and rows while {@link AccountSimulator} runs, then builds its history. */
final class HistoryBuilder {

    final List<Rows.Ticket> tickets = new ArrayList<>();
    final List<Rows.Response> responses = new ArrayList<>();
    final List<Rows.Touchpoint> touchpoints = new ArrayList<>();
    private final int[] activeFrom;
    private final int[] activeTo;
    private final int[] activeUsers;
    private final double[] usageWeight;
    private final PlanTier[] plans;
    private final double[] sentiment;

    /** Starts with every month inactive and the sentiment of every month at {@code baseSentiment}. */
    HistoryBuilder(int months, double baseSentiment) {
        activeFrom = new int[months];
        activeTo = new int[months];
        activeUsers = new int[months];
        usageWeight = new double[months];
        plans = new PlanTier[months];
        sentiment = new double[months];
        Arrays.fill(activeFrom, Rows.NO_DAY);
        Arrays.fill(activeTo, Rows.NO_DAY);
        Arrays.fill(sentiment, baseSentiment);
    }

    void sentiment(int month, double value) {
        sentiment[month] = value;
    }

    /** Returns the sentiment by month, which invoice payment reads. */
    double[] sentiment() {
        return sentiment;
    }

    void plan(int month, PlanTier plan) {
        plans[month] = plan;
    }

    void active(int month, int from, int to, int users, double weight) {
        activeFrom[month] = from;
        activeTo[month] = to;
        activeUsers[month] = users;
        usageWeight[month] = weight;
    }

    /** Sorts the rows by date and builds the history. */
    AccountHistory build(AccountProfile profile, List<Rows.Subscription> subscriptions, List<Rows.Invoice> invoices,
                         double upgradeAppetite) {
        tickets.sort((a, b) -> Integer.compare(a.openedDay(), b.openedDay()));
        responses.sort((a, b) -> Integer.compare(a.day(), b.day()));
        touchpoints.sort((a, b) -> Integer.compare(a.day(), b.day()));
        return new AccountHistory(profile, subscriptions, tickets, responses, touchpoints, invoices, activeFrom, activeTo,
                activeUsers, usageWeight, plans, upgradeAppetite);
    }
}
