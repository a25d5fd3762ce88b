package io.idem.recommend;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.idem.design.playbook.OfferValuation;
import io.idem.workspace.Motion;
import io.idem.workspace.OfferCatalog;
import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Graduated seat tiers and the offer values built on them, against prices worked out by hand. */
class TieredSeatPriceTest {

    private static final OfferCatalog.Plan PRO = new OfferCatalog.Plan("Pro", new BigDecimal("49"), List.of(
            new OfferCatalog.SeatTier(10, new BigDecimal("49")),
            new OfferCatalog.SeatTier(50, new BigDecimal("45")),
            new OfferCatalog.SeatTier(null, new BigDecimal("40"))));
    private static final OfferCatalog CATALOG = new OfferCatalog("USD",
            List.of(new OfferCatalog.Plan("Basic", new BigDecimal("19")), PRO), 5, List.of(), List.of(), List.of());

    @ParameterizedTest(name = "{0} seats cost {1}")
    @CsvSource({
        "0, 0",
        "5, 245",      // 5 × 49
        "10, 490",     // 10 × 49
        "12, 580",     // 10 × 49 + 2 × 45
        "50, 2290",    // 10 × 49 + 40 × 45
        "60, 2690",    // 10 × 49 + 40 × 45 + 10 × 40
        "10.5, 512.5", // half a seat in the second tier
    })
    void graduatedPriceByHand(double seats, String expected) {
        assertThat(PRO.monthlyPrice(seats)).isEqualByComparingTo(expected);
    }

    @Test
    void moreSeatsCrossingATier() {
        // 8 seats + 5: seats 9 and 10 at 49, seats 11 to 13 at 45.
        assertThat(OfferValuation.incrementalMrr(CATALOG, Motion.UPSELL, "seats", "Pro", 8.0)).contains(new BigDecimal("233.00"));
    }

    @Test
    void nextPlanIntoATieredPlan() {
        // 12 seats: Pro 10 × 49 + 2 × 45 = 580 against Basic 12 × 19 = 228.
        assertThat(OfferValuation.incrementalMrr(CATALOG, Motion.UPSELL, "next_plan", "Basic", 12.0)).contains(new BigDecimal("352.00"));
    }

    @Test
    void flatPlanKeepsItsFormula() {
        assertThat(OfferValuation.incrementalMrr(CATALOG, Motion.UPSELL, "seats", "Basic", null)).contains(new BigDecimal("95.00"));
        assertThat(OfferValuation.incrementalMrr(CATALOG, Motion.UPSELL, "seats", "Basic", 7.0)).contains(new BigDecimal("95.00"));
    }

    @Test
    void tieredSeatsNeedASeatCount() {
        assertThat(OfferValuation.incrementalMrr(CATALOG, Motion.UPSELL, "seats", "Pro", null)).isEmpty();
    }

    @Test
    void tiersMustIncrease() {
        List<OfferCatalog.SeatTier> tiers = List.of(new OfferCatalog.SeatTier(10, BigDecimal.ONE), new OfferCatalog.SeatTier(5, BigDecimal.ONE),
                new OfferCatalog.SeatTier(null, BigDecimal.ONE));

        assertThatThrownBy(() -> new OfferCatalog.Plan("Pro", BigDecimal.ONE, tiers)).hasMessageContaining("must increase");
    }

    @Test
    void negativeSeatsAreRejected() {
        assertThatThrownBy(() -> PRO.monthlyPrice(-1)).hasMessageContaining("seats must be 0 or more, got -1.0 for plan Pro");
    }
}
