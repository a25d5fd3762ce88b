package io.idem.demo;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * Simulates one account month by month. A latent demand (people who want to use the product)
 * drifts with the account's trend; active users are demand capped at the licensed seats. Each
 * month, decisions read the previous months' state, so signals lead outcomes: demand pressing
 * on the seat limit and growing usage bring seat expansions and plan upgrades in the following
 * months; low utilisation, a recent low NPS answer and neglect raise the churn hazard
 * ({@link ChangeModel}). A change closes the subscription and opens a new one the same day.
 * Annual subscriptions expand at any time, and more often on their renewal day, but shrink or
 * churn only on it.
 */
final class AccountSimulator {

    private static final double REGIME_CHANGE_RATE = 0.05;
    private static final double DEMAND_NOISE = 0.05;
    /** Extra monthly demand growth while a new account onboards its users. */
    private static final double ONBOARDING_GROWTH = 0.03;
    private static final int ONBOARDING_MONTHS = 4;
    private static final int[] DISCOUNTS = {10, 15, 20};
    private static final double USAGE_MOMENTUM = 1.5;

    private final HistoryWindow window;
    private final Draws draws;
    private final ContactSimulator contacts;
    private final InvoiceSimulator billing;
    private final ChangeModel changes;
    private final double[] scratch = new double[PlanTier.values().length];

    private AccountProfile profile;
    private List<Rows.Subscription> subscriptions;
    private Rows.Subscription current;
    private int renewalYears;
    private int nextRenewal;
    private double demand;
    private double trend;
    private double sentiment;
    private double baseSentiment;
    private double intensity;
    private double appetite;
    private int lifeStartMonth;
    private boolean onboarding;
    private int churnDay;
    private int badTickets;
    private double[] demandByMonth;
    private int[] seatsByMonth;

    AccountSimulator(HistoryWindow window, Draws draws) {
        this.window = window;
        this.draws = draws;
        this.contacts = new ContactSimulator(window, draws);
        this.billing = new InvoiceSimulator(window, draws);
        this.changes = new ChangeModel(draws, contacts);
    }

    AccountHistory simulate(AccountProfile account) {
        int firstMonth = start(account);
        HistoryBuilder history = new HistoryBuilder(window.months(), baseSentiment);
        InvoiceSimulator.PaymentHabit habit = billing.drawHabit();
        contacts.reset(account, firstMonth);

        for (int m = firstMonth; m < window.months(); m++) {
            simulateMonth(m, history);
        }

        List<Rows.Invoice> invoices = billing.invoices(subscriptions, habit, history.sentiment());
        return history.build(account, subscriptions, invoices, appetite);
    }

    private void simulateMonth(int month, HistoryBuilder history) {
        int from = window.monthStart(month);
        int to = window.monthEnd(month);
        int first;
        int last = to;
        if (current == null) {
            if (!reactivate(month, from, to)) {
                history.sentiment(month, sentiment);
                return;
            }
            first = current.startDay();
        } else {
            first = Math.max(from, current.startDay());
            if (month > lifeStartMonth) {
                int churnedOn = decide(month, from, to);
                last = churnedOn == Rows.NO_DAY ? to : churnedOn - 1;
            }
        }

        if (month > lifeStartMonth) {
            evolveDemand(month);
        }
        Rows.Subscription latest = subscriptions.get(subscriptions.size() - 1);
        int users = (int) Math.min(latest.seats(), Math.round(demand));
        demandByMonth[month] = demand;
        seatsByMonth[month] = latest.seats();
        updateSentiment(month, users, latest.seats());
        history.sentiment(month, sentiment);
        history.plan(month, latest.plan());

        // A churn on the first day of the month leaves no active day.
        if (last >= first) {
            double fraction = (last - first + 1) / (double) window.monthLength(month);
            history.active(month, first, last, users, users * perUserUsage(month, users) * fraction);
            badTickets = contacts.simulateMonth(month, first, last, users, sentiment, history.tickets, history.responses,
                    history.touchpoints);
        }
    }

    /** Draws the account's initial terms and hidden traits; returns the first simulated month. */
    private int start(AccountProfile account) {
        profile = account;
        MarketSegment segment = account.segment();
        PlanTier plan = segment.drawPlan(draws, scratch);
        int seats = segment.drawSeats(draws);
        boolean annual = draws.chance(segment.annualShare());
        double discountShare = segment.discountShare() * (annual ? 1.3 : 1.0);
        int discount = draws.chance(discountShare) ? DISCOUNTS[draws.between(0, DISCOUNTS.length - 1)] : 0;
        subscriptions = new ArrayList<>();
        open(new Rows.Subscription(account.signupDay(), Rows.NO_DAY, plan, seats, discount, annual));

        baseSentiment = Math.max(2, Math.min(9.8, draws.normal(7.4, 1.1)));
        sentiment = baseSentiment;
        intensity = draws.logNormal(1, 0.3);
        appetite = draws.beta(2, 5);
        trend = changes.drawTrend();
        churnDay = Rows.NO_DAY;
        badTickets = 0;
        demandByMonth = new double[window.months()];
        seatsByMonth = new int[window.months()];

        boolean established = account.signupDay() < window.firstDay();
        demand = seats * (established ? draws.uniform(0.55, 0.95) : draws.uniform(0.45, 0.8));
        onboarding = !established;
        lifeStartMonth = established ? 0 : window.monthOf(account.signupDay());
        return lifeStartMonth;
    }

    /** Applies this month's change, if any; returns the churn day, or NO_DAY when the account stays. */
    private int decide(int month, int from, int to) {
        int earliest = Math.max(from, current.startDay() + 1);
        if (earliest > to) {
            return Rows.NO_DAY;
        }
        int previous = month - 1;
        double utilisation = Math.min(demandByMonth[previous], seatsByMonth[previous]) / seatsByMonth[previous];
        int before = Math.max(lifeStartMonth, month - 3);
        double growth = demandByMonth[previous] / demandByMonth[before] - 1;
        int renewal = current.annual() ? renewalDay(earliest, to) : Rows.NO_DAY;
        boolean canShrink = !current.annual() || renewal != Rows.NO_DAY;
        int shrinkDay = current.annual() ? renewal : draws.between(earliest, to);

        double churn = changes.churnProbability(profile.segment(), utilisation, growth, sentiment, earliest);
        if (canShrink && draws.chance(annualIf(churn))) {
            subscriptions.set(subscriptions.size() - 1, current.endingOn(shrinkDay));
            current = null;
            churnDay = shrinkDay;
            return shrinkDay;
        }
        boolean expanded = renewal == Rows.NO_DAY
                ? expand(draws.between(earliest, to), changes.seatExpansionProbability(utilisation, growth),
                        changes.upgradeProbability(utilisation, growth, sentiment, appetite))
                : expand(renewal, changes.renewalSeatExpansionProbability(utilisation, growth),
                        ChangeModel.RENEWAL_EXPANSION_FACTOR * changes.upgradeProbability(utilisation, growth, sentiment, appetite));
        if (!expanded && canShrink) {
            shrink(shrinkDay, utilisation, growth);
        }
        return Rows.NO_DAY;
    }

    /** Adds seats or moves one plan up with the given probabilities; returns whether it did. */
    private boolean expand(int day, double seatProbability, double upgradeProbability) {
        if (draws.chance(seatProbability)) {
            int seats = Math.max(current.seats() + 1, (int) Math.ceil(demand * draws.uniform(1.05, 1.25)));
            change(day, current.plan(), seats);
            return true;
        }
        if (!current.plan().isTop() && draws.chance(upgradeProbability)) {
            change(day, current.plan().next(), current.seats());
            return true;
        }
        return false;
    }

    private void shrink(int day, double utilisation, double growth) {
        if (draws.chance(annualIf(changes.contractionProbability(utilisation)))) {
            int seats = Math.max(1, (int) Math.ceil(demand * 1.15));
            if (seats < current.seats()) {
                change(day, current.plan(), seats);
            }
        } else if (current.plan().ordinal() > 0 && draws.chance(annualIf(changes.downgradeProbability(utilisation, growth)))) {
            change(day, current.plan().previous(), current.seats());
        }
    }

    private double annualIf(double monthlyProbability) {
        return current.annual() ? ChangeModel.annualised(monthlyProbability) : monthlyProbability;
    }

    private void change(int day, PlanTier plan, int seats) {
        subscriptions.set(subscriptions.size() - 1, current.endingOn(day));
        open(new Rows.Subscription(day, Rows.NO_DAY, plan, seats, current.discountPercent(), current.annual()));
    }

    private void open(Rows.Subscription subscription) {
        current = subscription;
        subscriptions.add(subscription);
        renewalYears = 1;
        nextRenewal = (int) LocalDate.ofEpochDay(subscription.startDay()).plusYears(1).toEpochDay();
    }

    /**
     * Returns the yearly anniversary of the current subscription between {@code earliest} and
     * {@code to}, or NO_DAY. Months are visited in order, so anniversaries before {@code earliest}
     * have passed and are skipped for good.
     */
    private int renewalDay(int earliest, int to) {
        while (nextRenewal < earliest) {
            renewalYears++;
            nextRenewal = (int) LocalDate.ofEpochDay(current.startDay()).plusYears(renewalYears).toEpochDay();
        }
        return nextRenewal <= to ? nextRenewal : Rows.NO_DAY;
    }

    private boolean reactivate(int month, int from, int to) {
        if (churnDay == Rows.NO_DAY || !changes.reactivates(month - window.monthOf(churnDay))) {
            return false;
        }
        Rows.Subscription ended = subscriptions.get(subscriptions.size() - 1);
        int day = draws.between(Math.max(from, churnDay + 1), to);
        PlanTier plan = draws.chance(0.4) ? ended.plan().previous() : ended.plan();
        int seats = Math.max(1, (int) Math.round(ended.seats() * draws.uniform(0.5, 0.9)));
        open(new Rows.Subscription(day, Rows.NO_DAY, plan, seats, ended.discountPercent(), ended.annual()));
        demand = seats * draws.uniform(0.55, 0.85);
        sentiment = baseSentiment;
        trend = changes.drawTrend();
        lifeStartMonth = month;
        onboarding = true;
        churnDay = Rows.NO_DAY;
        return true;
    }

    private void evolveDemand(int month) {
        if (draws.chance(REGIME_CHANGE_RATE)) {
            trend = changes.drawTrend();
        }
        double ramp = onboarding && month - lifeStartMonth <= ONBOARDING_MONTHS ? ONBOARDING_GROWTH : 0;
        demand = Math.max(0.3, demand * Math.exp(trend + ramp + draws.normal(0, DEMAND_NOISE)));
    }

    /**
     * Returns the month's usage per active user: the account's intensity, raised when demand
     * exceeds the seats (people share logins and use the product harder) and by three-month
     * demand momentum, so growing accounts show growing usage even at their seat limit.
     */
    private double perUserUsage(int month, int users) {
        double excess = Math.min(1.5, Math.sqrt(demand / Math.max(1, users)));
        int before = Math.max(lifeStartMonth, month - 3);
        double momentum = Math.max(-0.3, Math.min(0.4, demand / demandByMonth[before] - 1));
        return intensity * excess * (1 + USAGE_MOMENTUM * momentum);
    }

    /** Moves sentiment towards a target set by utilisation, three-month demand growth and last month's bad tickets. */
    private void updateSentiment(int month, int users, int seats) {
        double utilisation = seats == 0 ? 0 : users / (double) seats;
        int before = Math.max(lifeStartMonth, month - 3);
        double growth = demandByMonth[before] > 0 ? demand / demandByMonth[before] - 1 : 0;
        double target = baseSentiment + 3 * (utilisation - 0.65) + 8 * Math.max(-0.25, Math.min(0.25, growth))
                - 0.8 * badTickets + draws.normal(0, 0.4);
        sentiment = Math.max(0, Math.min(10, 0.65 * sentiment + 0.35 * target));
    }
}
