package io.idem.experiment.analysis;

import io.idem.statistics.MeanSummary;
import io.idem.statistics.ProportionSummary;
import io.idem.statistics.Status;
import io.idem.statistics.TestResult;
import io.idem.statistics.TestSettings;
import io.idem.statistics.bayesian.BayesianResult;
import io.idem.statistics.bayesian.NormalMeanModel;
import io.idem.statistics.frequentist.TwoProportionZTest;
import io.idem.statistics.frequentist.WelchTTest;
import io.idem.statistics.power.PowerResult;
import io.idem.statistics.sequential.MixtureSprt;
import io.idem.statistics.sequential.SequentialResult;
import io.idem.statistics.variance.CupedResult;

/** Runs every method on one metric of one variant against the control. */
final class MetricComparisons {

    private MetricComparisons() {
    }

    /**
     * Compares conversion: pooled z-test, beta-binomial with a uniform prior, mSPRT on the rates, and Welch's
     * t-test on CUPED-adjusted 0/1 values when {@code cuped} is not null.
     */
    static MetricComparison conversion(ArmPair pair, MetricPlan plan, CupedResult cuped, TestSettings settings) {
        ProportionSummary control = pair.control().proportions();
        ProportionSummary variant = pair.variant().proportions();

        TestResult frequentist = TwoProportionZTest.test(control, variant, settings);
        BayesianResult bayesian = ConversionPosterior.compare(control, variant, settings.alpha());

        Double planned = null;
        String basis = "";
        PowerResult size = plan.sampleSize();
        if (size.status() == Status.OK && plan.baseline() != null) {
            double controlRate = plan.baseline();
            double variantRate = controlRate + plan.minimumDetectableEffect();
            planned = controlRate * (1 - controlRate) / size.controlN()
                    + variantRate * (1 - variantRate) / size.treatmentN();
            basis = "planned variance at " + size.controlN() + " control and " + size.treatmentN()
                    + " variant accounts, control rate " + controlRate + " (" + plan.baselineSource()
                    + ") and variant rate " + variantRate;
        }
        MeanSummary controlMean = control.asBernoulliMean();
        MeanSummary variantMean = variant.asBernoulliMean();
        SequentialTuning tuning = SequentialTuning.choose(controlMean, variantMean, planned, basis, settings.alpha());
        SequentialResult sequential = tuning.tauSquared() == null
                ? tuning.notComputed(settings.alpha(), controlMean, variantMean)
                : new MixtureSprt(tuning.tauSquared()).proportions(control, variant, settings);

        return new MetricComparison(DesignPlanner.CONVERSION, frequentist, bayesian, sequential, tuning.basis(),
                adjusted(pair, cuped, settings));
    }

    /**
     * Compares expansion MRR per account: Welch's t-test, the normal approximation, mSPRT on the means, and
     * Welch's t-test on CUPED-adjusted values when {@code cuped} is not null.
     */
    static MetricComparison expansionMrr(ArmPair pair, MetricPlan plan, CupedResult cuped, TestSettings settings) {
        MeanSummary control = pair.control().expansion();
        MeanSummary variant = pair.variant().expansion();

        TestResult frequentist = WelchTTest.test(control, variant, settings);
        BayesianResult bayesian = NormalMeanModel.compare(control, variant, settings.alpha());

        Double planned = null;
        String basis = "";
        PowerResult size = plan.sampleSize();
        if (size.status() == Status.OK) {
            double variance = control.variance();
            planned = variance / size.controlN() + variance / size.treatmentN();
            basis = "planned variance at " + size.controlN() + " control and " + size.treatmentN()
                    + " variant accounts with the observed control standard deviation " + Math.sqrt(variance);
        }
        SequentialTuning tuning = SequentialTuning.choose(control, variant, planned, basis, settings.alpha());
        SequentialResult sequential = tuning.tauSquared() == null
                ? tuning.notComputed(settings.alpha(), control, variant)
                : new MixtureSprt(tuning.tauSquared()).means(control, variant, settings);

        return new MetricComparison(DesignPlanner.EXPANSION_MRR, frequentist, bayesian, sequential, tuning.basis(),
                adjusted(pair, cuped, settings));
    }

    private static TestResult adjusted(ArmPair pair, CupedResult cuped, TestSettings settings) {
        if (cuped == null) {
            return null;
        }
        if (cuped.status() != Status.OK) {
            MeanSummary control = cuped.adjusted().get(pair.controlIndex());
            MeanSummary variant = cuped.adjusted().get(pair.variantIndex());
            return TestResult.notComputed(Status.DEGENERATE, "CUPED not applied: " + cuped.reason(), WelchTTest.METHOD,
                    settings, control.n() == 0 ? null : control.mean(), variant.n() == 0 ? null : variant.mean());
        }
        return WelchTTest.test(cuped.adjusted().get(pair.controlIndex()), cuped.adjusted().get(pair.variantIndex()),
                settings);
    }

    /** A variant and the control with their positions in design order, which CUPED results follow. */
    record ArmPair(ArmData control, int controlIndex, ArmData variant, int variantIndex) {
    }
}
