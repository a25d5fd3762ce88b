package io.idem.demo;

/**
 * Monthly probabilities of the subscription changes, from the state of the months before. The
 * rates are invented. They are tuned so that expansion is about a fifth of new MRR over a year,
 * and so that each signal the workspace's triggers watch moves the outcome it should. Utilisation
 * near the seat limit and growing demand raise expansion. Low utilisation, a recent NPS response
 * of 6 or less, low sentiment and a long silence from the CSM raise churn.
 */
final class ChangeModel {

    /** Renewal talks multiply the month's expansion probabilities of an annual contract by this factor. */
    static final double RENEWAL_EXPANSION_FACTOR = 3.0;
    /** At renewal, an account using this share of its seats or more trues up its seats with {@link #RENEWAL_TRUE_UP_RATE}. */
    private static final double RENEWAL_TRUE_UP_UTILISATION = 0.65;
    private static final double RENEWAL_TRUE_UP_RATE = 0.25;
    private static final int NPS_MEMORY_DAYS = 180;
    private static final int NEGLECT_DAYS = 120;
    private static final double MAX_MONTHLY_CHURN = 0.5;
    private static final double REACTIVATION_RATE = 0.012;
    private static final int REACTIVATION_FIRST_MONTH = 2;
    private static final int REACTIVATION_LAST_MONTH = 18;

    private final Draws draws;
    private final ContactSimulator contacts;

    ChangeModel(Draws draws, ContactSimulator contacts) {
        this.draws = draws;
        this.contacts = contacts;
    }

    /** Draws a monthly log-growth of demand: growing for about 22% of draws, flat for 53%, declining for 25%. */
    double drawTrend() {
        double u = draws.uniform(0, 1);
        if (u < 0.22) {
            return draws.normal(0.03, 0.01);
        }
        if (u < 0.75) {
            return draws.normal(0.0, 0.008);
        }
        return draws.normal(-0.04, 0.015);
    }

    /** Returns the probability that a change of one month's probability happens at least once in twelve months. */
    static double annualised(double monthlyProbability) {
        return 1 - Math.pow(1 - monthlyProbability, 12);
    }

    double churnProbability(MarketSegment segment, double utilisation, double growth, double sentiment, int day) {
        double hazard = segment.monthlyChurnRate();
        if (utilisation < 0.3) {
            hazard *= 3;
        } else if (utilisation < 0.5) {
            hazard *= 1.7;
        }
        if (growth < -0.1) {
            hazard *= 1.5;
        }
        int nps = contacts.recentNps(day, NPS_MEMORY_DAYS);
        if (nps >= 0 && nps <= 4) {
            hazard *= 4;
        } else if (nps >= 0 && nps <= 6) {
            hazard *= 2.2;
        } else if (nps >= 9) {
            hazard *= 0.5;
        }
        if (sentiment < 4.5) {
            hazard *= 1.5;
        }
        if (contacts.daysSinceTouch(day) > NEGLECT_DAYS) {
            hazard *= 1.25;
        }
        return Math.min(hazard, MAX_MONTHLY_CHURN);
    }

    double seatExpansionProbability(double utilisation, double growth) {
        double growing = growth > 0.05 ? 1 : 0;
        if (utilisation >= 0.95) {
            return 0.12 + 0.15 * growing;
        }
        if (utilisation >= 0.85) {
            return 0.04 + 0.06 * growing;
        }
        if (utilisation >= 0.7) {
            return 0.006 + 0.012 * growing;
        }
        return 0.0015;
    }

    /** Returns the seat expansion probability on the renewal day of an annual contract. */
    double renewalSeatExpansionProbability(double utilisation, double growth) {
        double trueUp = utilisation >= RENEWAL_TRUE_UP_UTILISATION ? RENEWAL_TRUE_UP_RATE : 0;
        return Math.min(0.9, RENEWAL_EXPANSION_FACTOR * seatExpansionProbability(utilisation, growth) + trueUp);
    }

    double upgradeProbability(double utilisation, double growth, double sentiment, double appetite) {
        double probability = 0.0008 + 0.01 * appetite;
        if (growth > 0.05 && utilisation >= 0.75) {
            probability += 0.015 + 0.03 * appetite;
        }
        return sentiment >= 8 ? probability * 1.5 : probability;
    }

    double contractionProbability(double utilisation) {
        return utilisation < 0.55 ? 0.08 : 0.0;
    }

    double downgradeProbability(double utilisation, double growth) {
        return utilisation < 0.45 && growth < -0.05 ? 0.02 : 0.001;
    }

    boolean reactivates(int monthsSinceChurn) {
        return monthsSinceChurn >= REACTIVATION_FIRST_MONTH && monthsSinceChurn <= REACTIVATION_LAST_MONTH
                && draws.chance(REACTIVATION_RATE);
    }
}
