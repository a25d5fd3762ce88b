package io.idem.demo;

import java.util.List;

/**
 * Simulates one account's support tickets, survey responses and CSM touchpoints month by month.
 * Sentiment (0 to 10, on the NPS scale) drives survey scores and ticket ratings, and low sentiment
 * brings more tickets and rescue calls. The simulator remembers the latest NPS response and
 * contact, which the churn model reads.
 */
final class ContactSimulator {

    private static final double NPS_SURVEY_RATE = 0.22;
    private static final double CSAT_SURVEY_RATE = 0.30;
    private static final double QBR_HELD_SHARE = 0.75;
    private static final double QBR_BY_MANAGER_SHARE = 0.2;
    private static final double[] PRIORITY_WEIGHTS = {0.35, 0.40, 0.18, 0.07};
    private static final double[] MEDIAN_RESOLUTION_HOURS = {30, 20, 8, 3};
    private static final double[] ESCALATION_RATES = {0.01, 0.03, 0.12, 0.35};
    private static final Rows.Priority[] PRIORITIES = Rows.Priority.values();

    private final HistoryWindow window;
    private final Draws draws;
    private final double[] scratch = new double[PRIORITY_WEIGHTS.length];
    private final long lastSecond;

    private AccountProfile profile;
    private int lastNpsScore;
    private int lastNpsDay;
    private int lastTouchDay;
    private int lastQbrMonth;

    ContactSimulator(HistoryWindow window, Draws draws) {
        this.window = window;
        this.draws = draws;
        this.lastSecond = window.asOfDay() * 86_400L + 86_399L;
    }

    void reset(AccountProfile account, int firstMonth) {
        this.profile = account;
        lastNpsScore = -1;
        lastNpsDay = Rows.NO_DAY;
        lastTouchDay = account.signupDay();
        int every = account.segment().touchRates().qbrEveryMonths();
        lastQbrMonth = every == 0 ? firstMonth : firstMonth - draws.between(0, every - 1);
    }

    /** Returns the score of the latest NPS response on or before {@code day} within {@code maxAgeDays}, or -1. */
    int recentNps(int day, int maxAgeDays) {
        if (lastNpsScore < 0 || day - lastNpsDay > maxAgeDays) {
            return -1;
        }
        return lastNpsScore;
    }

    int daysSinceTouch(int day) {
        return day - lastTouchDay;
    }

    /**
     * Simulates the active days {@code from} to {@code to} of history month {@code month} and
     * appends the rows to the lists. Returns the number of bad support experiences (an escalation
     * or a rating of 1 or 2), which lower sentiment the following month.
     */
    int simulateMonth(int month, int from, int to, int activeUsers, double sentiment, List<Rows.Ticket> tickets,
                      List<Rows.Response> responses, List<Rows.Touchpoint> touchpoints) {
        double fraction = (to - from + 1) / (double) window.monthLength(month);
        int badTickets = simulateTickets(from, to, fraction, activeUsers, sentiment, tickets);
        simulateSurveys(from, to, fraction, sentiment, responses);
        if (profile.hasOwner()) {
            simulateTouchpoints(month, from, to, fraction, sentiment, touchpoints);
        }
        return badTickets;
    }

    private int simulateTickets(int from, int to, double fraction, int activeUsers, double sentiment,
                                List<Rows.Ticket> tickets) {
        double rate = (0.12 + 0.06 * Math.sqrt(activeUsers)) * (sentiment < 5 ? 1.6 : 1.0);
        int count = draws.poisson(rate * fraction);
        int bad = 0;
        for (int i = 0; i < count; i++) {
            int day = draws.between(from, to);
            long opened = day * 86_400L + draws.between(8 * 3600, 18 * 3600);
            int priority = draws.weighted(PRIORITY_WEIGHTS, PRIORITY_WEIGHTS.length, scratch);
            double hours = draws.logNormal(MEDIAN_RESOLUTION_HOURS[priority], 0.9);
            long closed = opened + Math.round(hours * 3600);
            boolean escalated = draws.chance(ESCALATION_RATES[priority] * (hours > 72 ? 2 : 1));
            int satisfaction = 0;
            if (closed > lastSecond) {
                closed = -1;
            } else if (draws.chance(0.55)) {
                double rating = sentiment / 2 + 0.3 - (hours > 48 ? 1 : 0) - (escalated ? 0.7 : 0) + draws.normal(0, 0.8);
                satisfaction = clamp((int) Math.round(rating), 1, 5);
            }
            if (escalated || satisfaction == 1 || satisfaction == 2) {
                bad++;
            }
            tickets.add(new Rows.Ticket(day, closed, PRIORITIES[priority], satisfaction, escalated));
        }
        return bad;
    }

    private void simulateSurveys(int from, int to, double fraction, double sentiment, List<Rows.Response> responses) {
        if (draws.chance(NPS_SURVEY_RATE * fraction)) {
            int day = draws.between(from, to);
            int score = clamp((int) Math.round(sentiment + draws.normal(0, 1.3)), 0, 10);
            responses.add(new Rows.Response(day, Rows.Survey.NPS, score));
            if (lastNpsDay == Rows.NO_DAY || day >= lastNpsDay) {
                lastNpsDay = day;
                lastNpsScore = score;
            }
        }
        if (draws.chance(CSAT_SURVEY_RATE * fraction)) {
            int day = draws.between(from, to);
            int score = clamp((int) Math.round(1 + (sentiment - 1) * 4 / 9 + draws.normal(0, 0.6)), 1, 5);
            responses.add(new Rows.Response(day, Rows.Survey.CSAT, score));
        }
    }

    private void simulateTouchpoints(int month, int from, int to, double fraction, double sentiment,
                                     List<Rows.Touchpoint> touchpoints) {
        MarketSegment.TouchRates rates = profile.segment().touchRates();
        touch(draws.poisson(rates.emails() * fraction), Rows.TouchpointType.EMAIL, from, to, profile.owner(), touchpoints);
        double rescueCalls = sentiment < 5 ? 0.4 : 0;
        touch(draws.poisson((rates.calls() + rescueCalls) * fraction), Rows.TouchpointType.CALL, from, to, profile.owner(),
                touchpoints);
        touch(draws.poisson(rates.meetings() * fraction), Rows.TouchpointType.MEETING, from, to, profile.owner(), touchpoints);
        int every = rates.qbrEveryMonths();
        if (every > 0 && month - lastQbrMonth >= every && draws.chance(QBR_HELD_SHARE)) {
            String owner = draws.chance(QBR_BY_MANAGER_SHARE) ? profile.manager() : profile.owner();
            touch(1, Rows.TouchpointType.QBR, from, to, owner, touchpoints);
            lastQbrMonth = month;
        }
    }

    private void touch(int count, Rows.TouchpointType type, int from, int to, String owner,
                       List<Rows.Touchpoint> touchpoints) {
        for (int i = 0; i < count; i++) {
            int day = draws.between(from, to);
            touchpoints.add(new Rows.Touchpoint(day, type, owner));
            lastTouchDay = Math.max(lastTouchDay, day);
        }
    }

    static int clamp(int value, int low, int high) {
        return Math.max(low, Math.min(high, value));
    }
}
