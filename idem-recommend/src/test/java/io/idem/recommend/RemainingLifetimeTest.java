package io.idem.recommend;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import io.idem.lifetimevalue.contractual.ShiftedBetaGeometric;
import io.idem.lifetimevalue.contractual.SurvivorCounts;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Remaining lifetimes against direct summation of the discounted survival series. */
class RemainingLifetimeTest {

    @Test
    void geometricLifetimeEqualsDirectSum() {
        GeometricLifetime lifetime = new GeometricLifetime(0.10, 0.15);
        double retention = Math.pow(0.85, 1.0 / 12);
        double discount = Math.pow(1.10, 1.0 / 12) - 1;

        double sum = 0;
        for (int t = 0; t < 20_000; t++) {
            sum += Math.pow(retention, t) / Math.pow(1 + discount, t);
        }

        assertThat(lifetime.months(Map.of())).isCloseTo(sum, within(1e-9));
    }

    @Test
    void geometricWithoutDiscountIsExpectedLifetime() {
        // With d = 0 the sum is 1 / (1 - r), the mean of a geometric number of payments.
        GeometricLifetime lifetime = new GeometricLifetime(0.0, 0.5);

        assertThat(lifetime.months(Map.of())).isCloseTo(1 / (1 - Math.pow(0.5, 1.0 / 12)), within(1e-9));
    }

    @Test
    void shiftedBetaGeometricEqualsDirectSum() {
        ShiftedBetaGeometric model = new ShiftedBetaGeometric(0.7, 3.2);
        ShiftedBetaGeometricLifetime lifetime = new ShiftedBetaGeometricLifetime(model, 0.10, 12, "tenure_days");
        int renewals = 2;
        double d = 0.10;

        // S(t) as a product of renewal rates (beta + i - 1) / (alpha + beta + i - 1); DERL sums S(t) / S(n - 1) / (1 + d)^(t - n), n = renewals + 1.
        int n = renewals + 1;
        double sum = 0;
        double conditional = 1;
        for (int t = n; t < n + 5_000; t++) {
            conditional *= (3.2 + t - 1) / (0.7 + 3.2 + t - 1);
            sum += conditional / Math.pow(1 + d, t - n);
        }

        // 800 days is two full years of tenure, so two renewals.
        assertThat(lifetime.months(Map.of("tenure_days", 800.0))).isCloseTo(12 * sum, within(1e-6));
    }

    @Test
    void missingTenureCountsAsNoRenewal() {
        ShiftedBetaGeometricLifetime lifetime = new ShiftedBetaGeometricLifetime(new ShiftedBetaGeometric(0.7, 3.2), 0.10, 1, "tenure_days");

        assertThat(lifetime.renewals(Map.of())).isZero();
        assertThat(lifetime.renewals(Map.of("tenure_days", 95.0))).isEqualTo(3);
    }

    @Test
    void fitFromSurvivorCountsUsesTheFittedModel() {
        // Fader and Hardie (2007) "regular" customers, whose published fit is alpha 0.704, beta 1.182.
        SurvivorCounts counts = SurvivorCounts.of(1000, 631, 468, 382, 326, 289, 262, 241);

        ShiftedBetaGeometricLifetime lifetime = ShiftedBetaGeometricLifetime.fit(counts, 0.10, 12, null);

        assertThat(lifetime.model().alpha()).isCloseTo(0.704, within(0.01));
        assertThat(lifetime.model().beta()).isCloseTo(1.182, within(0.01));
        assertThat(lifetime.months(Map.of())).isCloseTo(12 * lifetime.model().discountedExpectedResidualLifetime(0.10, 0), within(1e-9));
    }
}
