package io.idem.demo;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;

/**
 * Bills subscriptions: monthly plans are invoiced on each monthly anniversary of the start date
 * for one month of MRR, annual plans on each yearly anniversary for twelve months, all due 30
 * days after issue. Only invoices issued inside the history window are written. Changes are not
 * prorated: a new subscription is billed in full from its start.
 *
 * <p>Payment depends on the account's payment habit and on its sentiment in the month of issue,
 * so late and unpaid invoices cluster in unhappy accounts. The final invoice of a churned
 * subscription goes unpaid with probability {@value #UNPAID_AFTER_CHURN_SHARE}.
 */
final class InvoiceSimulator {

    static final int PAYMENT_TERMS_DAYS = 30;
    private static final double UNPAID_AFTER_CHURN_SHARE = 0.3;

    /** Payment behaviour of an account, drawn once per account. */
    enum PaymentHabit {
        PROMPT, SLOW, POOR
    }

    private final HistoryWindow window;
    private final Draws draws;

    InvoiceSimulator(HistoryWindow window, Draws draws) {
        this.window = window;
        this.draws = draws;
    }

    PaymentHabit drawHabit() {
        double u = draws.uniform(0, 1);
        if (u < 0.70) {
            return PaymentHabit.PROMPT;
        }
        return u < 0.95 ? PaymentHabit.SLOW : PaymentHabit.POOR;
    }

    /** Returns the invoices of the subscriptions, ordered by due date; {@code sentiment} is indexed by history month. */
    List<Rows.Invoice> invoices(List<Rows.Subscription> subscriptions, PaymentHabit habit, double[] sentiment) {
        List<Rows.Invoice> invoices = new ArrayList<>();
        for (int i = 0; i < subscriptions.size(); i++) {
            Rows.Subscription subscription = subscriptions.get(i);
            boolean churned = subscription.endDay() != Rows.NO_DAY
                    && (i + 1 == subscriptions.size() || subscriptions.get(i + 1).startDay() != subscription.endDay());
            bill(subscription, churned, habit, sentiment, invoices);
        }
        invoices.sort((a, b) -> Integer.compare(a.dueDay(), b.dueDay()));
        return invoices;
    }

    private void bill(Rows.Subscription subscription, boolean churned, PaymentHabit habit, double[] sentiment,
                      List<Rows.Invoice> invoices) {
        int period = subscription.annual() ? 12 : 1;
        long amount = subscription.mrrCents() * period;
        int end = subscription.endDay() == Rows.NO_DAY ? window.asOfDay() + 1 : subscription.endDay();
        int firstPeriod = 0;
        if (subscription.startDay() < window.firstDay()) {
            // Skip the periods before the window without walking through them one by one.
            int monthsBefore = (int) ChronoUnit.MONTHS.between(LocalDate.ofEpochDay(subscription.startDay()),
                    LocalDate.ofEpochDay(window.firstDay()));
            firstPeriod = Math.max(0, monthsBefore / period - 1);
        }
        for (int k = firstPeriod; ; k++) {
            int issued = HistoryWindow.plusMonths(subscription.startDay(), k * period);
            if (issued >= end || issued > window.asOfDay()) {
                return;
            }
            if (issued < window.firstDay()) {
                continue;
            }
            boolean last = HistoryWindow.plusMonths(subscription.startDay(), (k + 1) * period) >= end;
            int due = issued + PAYMENT_TERMS_DAYS;
            int paid = paymentDay(issued, due, habit, sentiment[window.monthOf(issued)]);
            if (churned && last && draws.chance(UNPAID_AFTER_CHURN_SHARE)) {
                paid = Rows.NO_DAY;
            }
            invoices.add(new Rows.Invoice(due, paid, amount));
        }
    }

    private int paymentDay(int issued, int due, PaymentHabit habit, double sentiment) {
        int day = switch (habit) {
            case PROMPT -> due - draws.between(0, 20);
            case SLOW -> due + draws.between(-5, 25);
            case POOR -> due + draws.between(10, 75);
        };
        if (sentiment < 4.5) {
            day += draws.between(5, 30);
        }
        day = Math.max(day, issued);
        return day > window.asOfDay() ? Rows.NO_DAY : day;
    }
}
