package io.idem.experiment.analysis;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import io.idem.statistics.ProportionSummary;
import io.idem.statistics.Status;
import io.idem.statistics.bayesian.BayesianResult;
import io.idem.statistics.bayesian.BetaBinomialModel;
import io.idem.statistics.bayesian.BetaPrior;
import org.junit.jupiter.api.Test;

class ConversionPosteriorTest {

    private static final ProportionSummary CONTROL = new ProportionSummary(4_000, 700);
    private static final ProportionSummary CLEAR_WINNER = new ProportionSummary(18_000, 4_300);

    @Test
    void clearWinnerGetsChanceNearOne() {
        // Numerical integration puts this chance just above 1 before the model clamps it.
        BayesianResult direct = BetaBinomialModel.compare(CONTROL, CLEAR_WINNER, BetaPrior.uniform(), 0.05);
        assertThat(direct.chanceToBeatControl()).isBetween(1 - 1e-12, 1.0);

        BayesianResult result = ConversionPosterior.compare(CONTROL, CLEAR_WINNER, 0.05);

        // Posterior means under Beta(1, 1): (1 + x) / (2 + n).
        double controlMean = 701.0 / 4_002;
        double variantMean = 4_301.0 / 18_002;
        assertThat(result.status()).isEqualTo(Status.OK);
        assertThat(result.chanceToBeatControl()).isBetween(1 - 1e-12, 1.0);
        assertThat(result.control().mean()).isCloseTo(controlMean, within(1e-12));
        assertThat(result.treatment().mean()).isCloseTo(variantMean, within(1e-12));
        // With P(variant > control) = 1, the control's risk E[max(v - c, 0)] is the difference of the means.
        assertThat(result.controlRisk()).isCloseTo(variantMean - controlMean, within(1e-9));
        assertThat(result.treatmentRisk()).isBetween(0.0, 1e-12);
    }

    @Test
    void ordinaryCaseIsTheModelResult() {
        ProportionSummary variant = new ProportionSummary(1_180, 112);
        ProportionSummary control = new ProportionSummary(1_200, 84);

        BayesianResult result = ConversionPosterior.compare(control, variant, 0.05);

        assertThat(result).isEqualTo(BetaBinomialModel.compare(control, variant, BetaPrior.uniform(), 0.05));
    }
}
