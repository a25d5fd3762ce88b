package io.idem.demo;

/**
 * Company size bands and the parameters that differ between them. Seat counts are kept small
 * because the usage file averages only about 100 rows per account. With larger accounts, most
 * active users would not appear in a 30-day window, and seat utilisation would mean little at
 * the default rate.
 */
enum MarketSegment {
    SMB("smb", 0.60, 4, 0.45, 2, 20, new double[] {0.55, 0.35, 0.10, 0.0}, 0.30, 0.018, 0.10,
            new TouchRates(0.35, 0.08, 0.02, 0)),
    MID_MARKET("mid_market", 0.30, 12, 0.40, 6, 60, new double[] {0.10, 0.50, 0.35, 0.05}, 0.55, 0.009, 0.20,
            new TouchRates(0.55, 0.30, 0.12, 6)),
    ENTERPRISE("enterprise", 0.10, 35, 0.35, 20, 150, new double[] {0.0, 0.10, 0.45, 0.45}, 0.85, 0.004, 0.40,
            new TouchRates(0.70, 0.55, 0.35, 3));

    private final String configName;
    private final double share;
    private final double medianSeats;
    private final double seatSpread;
    private final int minSeats;
    private final int maxSeats;
    private final double[] planWeights;
    private final double annualShare;
    private final double monthlyChurnRate;
    private final double discountShare;
    private final TouchRates touchRates;

    MarketSegment(String configName, double share, double medianSeats, double seatSpread, int minSeats, int maxSeats,
                  double[] planWeights, double annualShare, double monthlyChurnRate, double discountShare,
                  TouchRates touchRates) {
        this.configName = configName;
        this.share = share;
        this.medianSeats = medianSeats;
        this.seatSpread = seatSpread;
        this.minSeats = minSeats;
        this.maxSeats = maxSeats;
        this.planWeights = planWeights;
        this.annualShare = annualShare;
        this.monthlyChurnRate = monthlyChurnRate;
        this.discountShare = discountShare;
        this.touchRates = touchRates;
    }

    /**
     * Monthly touchpoint rates per account (Poisson means) and the number of months between QBRs,
     * 0 when the segment gets none.
     */
    record TouchRates(double emails, double calls, double meetings, int qbrEveryMonths) {
    }

    String configName() {
        return configName;
    }

    double share() {
        return share;
    }

    /** Returns a log-normal seat count around the segment's median, clamped to its range. */
    int drawSeats(Draws draws) {
        long seats = Math.round(draws.logNormal(medianSeats, seatSpread));
        return (int) Math.max(minSeats, Math.min(maxSeats, seats));
    }

    PlanTier drawPlan(Draws draws, double[] scratch) {
        return PlanTier.ofIndex(draws.weighted(planWeights, planWeights.length, scratch));
    }

    double annualShare() {
        return annualShare;
    }

    /** Returns the base monthly churn probability before the usage, sentiment and contact multipliers. */
    double monthlyChurnRate() {
        return monthlyChurnRate;
    }

    double discountShare() {
        return discountShare;
    }

    TouchRates touchRates() {
        return touchRates;
    }
}
