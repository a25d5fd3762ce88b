package io.idem.demo;

/**
 * The plan ladder of the demo company, lowest first, with its monthly list price per seat in
 * whole dollars. The offer catalog in idem-demo.yaml lists the same names and prices; a test keeps
 * the two equal.
 */
enum PlanTier {
    STARTER("Starter", 15),
    GROWTH("Growth", 35),
    SCALE("Scale", 65),
    ENTERPRISE("Enterprise", 110);

    private static final PlanTier[] LADDER = values();

    private final String displayName;
    private final int seatPriceDollars;

    PlanTier(String displayName, int seatPriceDollars) {
        this.displayName = displayName;
        this.seatPriceDollars = seatPriceDollars;
    }

    String displayName() {
        return displayName;
    }

    int seatPriceDollars() {
        return seatPriceDollars;
    }

    boolean isTop() {
        return ordinal() == LADDER.length - 1;
    }

    /** Returns the next plan up; the top plan returns itself. */
    PlanTier next() {
        return isTop() ? this : LADDER[ordinal() + 1];
    }

    /** Returns the next plan down; the lowest plan returns itself. */
    PlanTier previous() {
        return ordinal() == 0 ? this : LADDER[ordinal() - 1];
    }

    static PlanTier ofIndex(int index) {
        return LADDER[index];
    }

    /**
     * Returns the MRR in cents of {@code seats} seats on this plan with a percentage discount.
     * Whole-dollar prices and whole-percent discounts make the result exact in cents.
     */
    long mrrCents(int seats, int discountPercent) {
        return (long) seats * seatPriceDollars * (100 - discountPercent);
    }
}
