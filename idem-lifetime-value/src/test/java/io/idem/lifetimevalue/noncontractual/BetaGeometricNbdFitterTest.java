package io.idem.lifetimevalue.noncontractual;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import io.idem.lifetimevalue.FitFailure;
import io.idem.lifetimevalue.LifetimeValueModel;
import io.idem.lifetimevalue.ModelFitException;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class BetaGeometricNbdFitterTest {
    private static BetaGeometricNbdFit fit;

    @BeforeAll
    static void fitCdnow() throws Exception {
        fit = BetaGeometricNbdFitter.fit(CdnowFixture.summary().customers());
    }

    @Test
    void reproducesPublishedParameters() {
        // Fader, Hardie and Lee (2005): r = 0.243, alpha = 4.414, a = 0.793, b = 2.426.
        assertThat(fit.model().r()).isCloseTo(0.243, within(0.0005));
        assertThat(fit.model().alpha()).isCloseTo(4.414, within(0.0005));
        assertThat(fit.model().a()).isCloseTo(0.793, within(0.0005));
        assertThat(fit.model().b()).isCloseTo(2.426, within(0.0005));
    }

    @Test
    void reproducesPublishedLogLikelihood() {
        assertThat(fit.convergence().logLikelihood()).isCloseTo(-9582.4, within(0.05));
    }

    @Test
    void reportsConvergence() {
        assertThat(fit.customers()).isEqualTo(2357);
        assertThat(fit.repeatCustomers()).isEqualTo(946);
        assertThat(fit.convergence().converged()).isTrue();
        assertThat(fit.convergence().evaluations()).isPositive();
        assertThat(fit.convergence().gradientNorm()).isLessThan(1e-2);
    }

    @Test
    void expectedTransactionsMatchHardieSpreadsheet() {
        // E[X(t)] at the fitted parameters, as listed in Hardie's BG/NBD spreadsheet and checked to three
        // decimals by the lifetimes test suite.
        double[] weeks = {0.1429, 1.0, 3.0, 31.8571, 32.0, 78.0};
        double[] expected = {0.0078, 0.0532, 0.1506, 1.0405, 1.0437, 1.8576};

        for (int i = 0; i < weeks.length; i++) {
            assertThat(fit.model().expectedTransactions(weeks[i])).as("E[X(%s)]", weeks[i])
                    .isCloseTo(expected[i], within(0.0005));
        }
    }

    @Test
    void rejectsTooFewCustomers() {
        List<CustomerSummary> customers = List.of(
                new CustomerSummary("a", 1, 2, 5, 10), new CustomerSummary("b", 0, 0, 5, 0));

        assertThatThrownBy(() -> BetaGeometricNbdFitter.fit(customers))
                .isInstanceOfSatisfying(ModelFitException.class, e -> {
                    assertThat(e.failure()).isEqualTo(FitFailure.TOO_FEW_OBSERVATIONS);
                    assertThat(e.model()).isEqualTo(LifetimeValueModel.BG_NBD);
                })
                .hasMessageContaining("got 2 customers");
    }

    @Test
    void rejectsAllZeroFrequencies() {
        List<CustomerSummary> customers = List.of(new CustomerSummary("a", 0, 0, 5, 0),
                new CustomerSummary("b", 0, 0, 6, 0), new CustomerSummary("c", 0, 0, 7, 0),
                new CustomerSummary("d", 0, 0, 8, 0));

        assertThatThrownBy(() -> BetaGeometricNbdFitter.fit(customers))
                .isInstanceOfSatisfying(ModelFitException.class,
                        e -> assertThat(e.failure()).isEqualTo(FitFailure.NO_REPEAT_TRANSACTIONS))
                .hasMessageContaining("BG/NBD")
                .hasMessageContaining("frequency 0");
    }
}
