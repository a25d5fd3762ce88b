package io.idem.statistics;

import static org.assertj.core.api.Assertions.assertThat;

import io.idem.statistics.bayesian.BayesianResult;
import io.idem.statistics.bayesian.BetaBinomialModel;
import io.idem.statistics.bayesian.BetaPrior;
import io.idem.statistics.bayesian.NormalMeanModel;
import io.idem.statistics.frequentist.TwoProportionZTest;
import io.idem.statistics.frequentist.WelchTTest;
import io.idem.statistics.sequential.MixtureSprt;
import io.idem.statistics.sequential.SequentialResult;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.EdgeCasesMode;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * Every method returns a result with a status, and a reason when the status is not OK, for tiny and
 * extreme arms: empty arms, no or all conversions, single accounts and zero variances. The result
 * records reject NaN in their constructors, so reaching the assertions also proves no NaN was produced.
 */
class DegenerateInputTest {

    @Provide
    Arbitrary<ProportionSummary> tinyProportions() {
        return Arbitraries.longs().between(0, 6).flatMap(n ->
                Arbitraries.longs().between(0, n).map(conversions -> new ProportionSummary(n, conversions)));
    }

    @Provide
    Arbitrary<MeanSummary> tinyMeans() {
        return Combinators.combine(
                Arbitraries.longs().between(0, 4),
                Arbitraries.of(-5.0, 0.0, 3.5),
                Arbitraries.of(0.0, 0.0, 2.0))
                .as(MeanSummary::new);
    }

    @Property(tries = 200, edgeCases = EdgeCasesMode.FIRST)
    void proportionTestsNeverFail(@ForAll("tinyProportions") ProportionSummary control,
            @ForAll("tinyProportions") ProportionSummary treatment) {
        TestResult frequentist = TwoProportionZTest.test(control, treatment, TestSettings.defaults());
        BayesianResult bayesian = BetaBinomialModel.compare(control, treatment, BetaPrior.uniform(), 0.05);
        SequentialResult sequential = new MixtureSprt(0.01).proportions(control, treatment, TestSettings.defaults());

        assertConsistent(frequentist.status(), frequentist.reason(), frequentist.pValue());
        assertConsistent(bayesian.status(), bayesian.reason(), bayesian.chanceToBeatControl());
        assertConsistent(sequential.status(), sequential.reason(), sequential.pValue());
    }

    @Property(tries = 200, edgeCases = EdgeCasesMode.FIRST)
    void meanTestsNeverFail(@ForAll("tinyMeans") MeanSummary control, @ForAll("tinyMeans") MeanSummary treatment) {
        TestResult frequentist = WelchTTest.test(control, treatment, TestSettings.defaults());
        BayesianResult bayesian = NormalMeanModel.compare(control, treatment, 0.05);
        SequentialResult sequential = new MixtureSprt(0.01).means(control, treatment, TestSettings.defaults());

        assertConsistent(frequentist.status(), frequentist.reason(), frequentist.pValue());
        assertConsistent(bayesian.status(), bayesian.reason(), bayesian.chanceToBeatControl());
        assertConsistent(sequential.status(), sequential.reason(), sequential.pValue());
    }

    private static void assertConsistent(Status status, String reason, Double probability) {
        if (status == Status.OK) {
            assertThat(probability).isBetween(0.0, 1.0);
        } else {
            assertThat(reason).isNotBlank();
        }
    }
}
