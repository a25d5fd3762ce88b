package io.idem.demo;

import java.util.Locale;

/**
 * The rows the simulation produces for one account, before ids are assigned at write time.
 * Days are epoch days; {@link #NO_DAY} marks an empty date.
 */
final class Rows {

    /** An empty date, such as the end date of an active subscription or the payment date of an unpaid invoice. */
    static final int NO_DAY = Integer.MIN_VALUE;

    private Rows() {
    }

    /** A subscription from {@code startDay} until {@code endDay} (exclusive), or open when endDay is NO_DAY. */
    record Subscription(int startDay, int endDay, PlanTier plan, int seats, int discountPercent, boolean annual) {

        long mrrCents() {
            return plan.mrrCents(seats, discountPercent);
        }

        Subscription endingOn(int day) {
            return new Subscription(startDay, day, plan, seats, discountPercent, annual);
        }
    }

    enum Priority {
        LOW, NORMAL, HIGH, URGENT;

        private final String configName = name().toLowerCase(Locale.ROOT);

        String configName() {
            return configName;
        }
    }

    /**
     * A support ticket; {@code closedSecond} is the epoch second it closed, or -1 when still open at
     * the as-of date, and {@code satisfaction} is 1 to 5, or 0 when the customer gave no rating.
     */
    record Ticket(int openedDay, long closedSecond, Priority priority, int satisfaction, boolean escalated) {
    }

    enum Survey {
        NPS, CSAT;

        private final String configName = name().toLowerCase(Locale.ROOT);

        String configName() {
            return configName;
        }
    }

    /** A survey answer: 0 to 10 for NPS, 1 to 5 for CSAT. */
    record Response(int day, Survey survey, int score) {
    }

    enum TouchpointType {
        QBR, CALL, EMAIL, MEETING;

        private final String configName = name().toLowerCase(Locale.ROOT);

        String configName() {
            return configName;
        }
    }

    record Touchpoint(int day, TouchpointType type, String owner) {
    }

    /** An invoice; {@code paidDay} is NO_DAY when it was not paid by the as-of date. */
    record Invoice(int dueDay, int paidDay, long amountCents) {
    }
}
