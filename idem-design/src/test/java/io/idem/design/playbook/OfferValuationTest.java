package io.idem.design.playbook;

import static org.assertj.core.api.Assertions.assertThat;

import io.idem.workspace.Motion;
import io.idem.workspace.OfferCatalog;
import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Offer values against the catalog prices: Basic 19, Pro 49, Enterprise 199 per seat; seats sold in fives. */
class OfferValuationTest {

    static final OfferCatalog CATALOG = new OfferCatalog("USD",
            List.of(new OfferCatalog.Plan("Basic", new BigDecimal("19")), new OfferCatalog.Plan("Pro", new BigDecimal("49")),
                    new OfferCatalog.Plan("Enterprise", new BigDecimal("199"))),
            5,
            List.of(new OfferCatalog.Product("sso", new BigDecimal("15.5"), "Pro")),
            List.of(new OfferCatalog.Product("analytics", new BigDecimal("99"), null), new OfferCatalog.Product("backup", new BigDecimal("30"), null)),
            List.of(new OfferCatalog.Bundle("suite", List.of("analytics", "backup"), new BigDecimal("110"))));

    @ParameterizedTest(name = "{0} {1} for plan {2} with {3} seats: {4}")
    @CsvSource(nullValues = "-", value = {
            // 12 seats × (49 − 19) and 3 seats × (199 − 49).
            "UPSELL, next_plan, Basic, 12, 360.00",
            "UPSELL, next_plan, Pro, 3, 450.00",
            "UPSELL, next_plan, pro, 3, 450.00",
            // The top of the ladder and unknown plans have no next plan; no seats means no value.
            "UPSELL, next_plan, Enterprise, 3, -",
            "UPSELL, next_plan, Gold, 3, -",
            "UPSELL, next_plan, -, 3, -",
            "UPSELL, next_plan, Basic, -, -",
            "UPSELL, next_plan, Basic, 0, -",
            // 5 more seats at the current plan's price.
            "UPSELL, seats, Basic, 12, 95.00",
            "UPSELL, seats, Enterprise, -, 995.00",
            "UPSELL, seats, Gold, 12, -",
            "UPSELL, sso, Basic, 12, 15.50",
            "UPSELL, missing_addon, Basic, 12, -",
            "CROSS_SELL, analytics, Basic, 12, 99.00",
            "CROSS_SELL, suite, Basic, 12, -",
            "BUNDLE, suite, Basic, 12, 110.00",
            "BUNDLE, analytics, Basic, 12, -"})
    void incrementalMrrFollowsCatalog(Motion motion, String offer, String plan, Double seats, BigDecimal expected) {
        Optional<BigDecimal> value = OfferValuation.incrementalMrr(CATALOG, motion, offer, plan, seats);

        assertThat(value).isEqualTo(Optional.ofNullable(expected));
    }
}
