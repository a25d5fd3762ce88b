package io.idem.revenue;

import java.util.Locale;

/** The metrics reported for each slice of accounts over a {@link MetricWindow}; docs/metrics.md defines each. */
public enum RevenueMetric {
    ACCOUNTS(Unit.COUNT),
    MRR(Unit.MONEY),
    ARR(Unit.MONEY),
    ARPA(Unit.MONEY),
    MRR_START(Unit.MONEY),
    NEW(Unit.MONEY),
    EXPANSION(Unit.MONEY),
    CONTRACTION(Unit.MONEY),
    CHURN(Unit.MONEY),
    REACTIVATION(Unit.MONEY),
    NRR(Unit.RATIO),
    GRR(Unit.RATIO),
    EXPANSION_SHARE(Unit.RATIO),
    QUICK_RATIO(Unit.RATIO);

    /** Unit of a value, which fixes its output precision. */
    public enum Unit {
        /** A number of accounts. */
        COUNT,
        /** An amount in the reporting currency, written with 2 decimals. */
        MONEY,
        /** A fraction (0.30 is 30%) or a multiple, written with 6 decimals. */
        RATIO
    }

    private final Unit unit;

    RevenueMetric(Unit unit) {
        this.unit = unit;
    }

    public Unit unit() {
        return unit;
    }

    /** Returns the name used in output files and benchmarks, for example {@code expansion_share}. */
    public String outputName() {
        return name().toLowerCase(Locale.ROOT);
    }
}
