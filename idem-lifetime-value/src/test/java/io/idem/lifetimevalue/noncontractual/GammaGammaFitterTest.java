package io.idem.lifetimevalue.noncontractual;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import io.idem.lifetimevalue.FitFailure;
import io.idem.lifetimevalue.LifetimeValueModel;
import io.idem.lifetimevalue.ModelFitException;
import java.util.List;
import org.junit.jupiter.api.Test;

class GammaGammaFitterTest {

    @Test
    void reproducesPublishedCdnowFit() throws Exception {
        // Fader and Hardie's Gamma-Gamma fit to the 946 CDNOW repeat customers: p = 6.25, q = 3.74, gamma = 15.44.
        GammaGammaFit fit = GammaGammaFitter.fit(CdnowFixture.summary().customers());

        assertThat(fit.customers()).isEqualTo(946);
        assertThat(fit.model().p()).isCloseTo(6.25, within(0.005));
        assertThat(fit.model().q()).isCloseTo(3.74, within(0.005));
        assertThat(fit.model().gamma()).isCloseTo(15.44, within(0.005));
        assertThat(fit.convergence().converged()).isTrue();
        assertThat(fit.convergence().predictedGain()).isLessThan(1e-6);
    }

    @Test
    void rejectsZeroMeanValue() {
        List<CustomerSummary> customers = List.of(new CustomerSummary("a", 1, 2, 5, 10),
                new CustomerSummary("free", 2, 3, 5, 0), new CustomerSummary("c", 3, 4, 5, 12));

        assertThatThrownBy(() -> GammaGammaFitter.fit(customers))
                .isInstanceOfSatisfying(ModelFitException.class, e -> {
                    assertThat(e.failure()).isEqualTo(FitFailure.INVALID_DATA);
                    assertThat(e.model()).isEqualTo(LifetimeValueModel.GAMMA_GAMMA);
                })
                .hasMessageContaining("customer free");
    }

    @Test
    void rejectsCustomersWithoutRepeats() {
        List<CustomerSummary> customers = List.of(new CustomerSummary("a", 0, 0, 5, 0));

        assertThatThrownBy(() -> GammaGammaFitter.fit(customers))
                .isInstanceOfSatisfying(ModelFitException.class,
                        e -> assertThat(e.failure()).isEqualTo(FitFailure.NO_REPEAT_TRANSACTIONS));
    }

    @Test
    void rejectsTooFewRepeatCustomers() {
        List<CustomerSummary> customers = List.of(new CustomerSummary("a", 1, 2, 5, 10),
                new CustomerSummary("b", 0, 0, 5, 0), new CustomerSummary("c", 2, 3, 5, 12));

        assertThatThrownBy(() -> GammaGammaFitter.fit(customers))
                .isInstanceOfSatisfying(ModelFitException.class,
                        e -> assertThat(e.failure()).isEqualTo(FitFailure.TOO_FEW_OBSERVATIONS))
                .hasMessageContaining("got 2 repeat customers");
    }
}
