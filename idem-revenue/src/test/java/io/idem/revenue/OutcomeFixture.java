package io.idem.revenue;

/**
 * Twelve hand-made accounts around the month end 2024-03-31 and a 90-day window (2024-03-31, 2024-06-29].
 * Paying on 2024-03-31: A, B, C, E, F, G, H, I, M. Expanding in that window: A (added subscription),
 * B (added on the window's last day), F (upgrade replacing a cheaper plan) and I (a short add-on).
 * Not expanding: C (adds the day after the window), E (added on the month end itself), G (swap at the
 * same price), H (a rise after a larger fall) and M (expands in October). J starts after the month end,
 * K pays 0 on it and L ends on it, so none of the three is paying then.
 */
final class OutcomeFixture {

    private OutcomeFixture() {
    }

    static void addAccounts(HandmadeStore data) {
        data.subscription("A", "2024-01-01", null, "100").subscription("A", "2024-05-10", null, "20")
                .subscription("B", "2024-01-01", null, "100").subscription("B", "2024-06-29", null, "10")
                .subscription("C", "2024-01-01", null, "100").subscription("C", "2024-06-30", null, "10")
                .subscription("E", "2024-01-01", null, "100").subscription("E", "2024-03-31", null, "50")
                .subscription("F", "2024-01-01", "2024-05-01", "100").subscription("F", "2024-05-01", null, "130")
                .subscription("G", "2024-01-01", "2024-05-01", "100").subscription("G", "2024-05-01", null, "100")
                .subscription("H", "2024-01-01", "2024-04-15", "100").subscription("H", "2024-01-01", null, "50")
                .subscription("H", "2024-05-01", null, "80")
                .subscription("I", "2024-01-01", null, "100").subscription("I", "2024-04-10", "2024-04-20", "40")
                .subscription("J", "2024-04-15", null, "60")
                .subscription("K", "2024-01-01", null, "0").subscription("K", "2024-04-01", null, "50")
                .subscription("L", "2024-01-01", "2024-03-31", "100")
                .subscription("M", "2024-01-01", null, "10").subscription("M", "2024-10-15", null, "5");
    }
}
