package io.idem.statistics.srm;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import io.idem.statistics.Status;
import java.util.List;
import org.hipparchus.stat.inference.ChiSquareTest;
import org.junit.jupiter.api.Test;

class SampleRatioMismatchTest {

    @Test
    void evenSplitMatchesHandComputation() {
        SrmResult result = SampleRatioMismatch.test(List.of(480L, 520L), List.of(0.5, 0.5), 0.001);

        assertThat(result.status()).isEqualTo(Status.OK);
        assertThat(result.statistic()).isCloseTo(2 * 400.0 / 500, within(1e-12));
        assertThat(result.degreesOfFreedom()).isEqualTo(1);
        assertThat(result.pValue()).isCloseTo(new ChiSquareTest().chiSquareTest(new double[] {500, 500},
                new long[] {480, 520}), within(1e-12));
        assertThat(result.mismatch()).isFalse();
    }

    @Test
    void unequalWeightsMatchHipparchusGoodnessOfFit() {
        List<Long> observed = List.of(2050L, 1010L, 940L);

        SrmResult result = SampleRatioMismatch.test(observed, List.of(2.0, 1.0, 1.0), 0.001);

        ChiSquareTest reference = new ChiSquareTest();
        double[] expected = {2000, 1000, 1000};
        long[] counts = {2050, 1010, 940};
        assertThat(result.expected()).containsExactly(2000.0, 1000.0, 1000.0);
        assertThat(result.statistic()).isCloseTo(reference.chiSquare(expected, counts), within(1e-10));
        assertThat(result.pValue()).isCloseTo(reference.chiSquareTest(expected, counts), within(1e-12));
    }

    @Test
    void flagsClearMismatch() {
        SrmResult result = SampleRatioMismatch.test(List.of(4000L, 4400L), List.of(1.0, 1.0), 0.001);

        assertThat(result.pValue()).isLessThan(0.001);
        assertThat(result.mismatch()).isTrue();
    }

    @Test
    void weightsNeedNotSumToOne() {
        SrmResult normalised = SampleRatioMismatch.test(List.of(300L, 700L), List.of(0.3, 0.7), 0.001);
        SrmResult raw = SampleRatioMismatch.test(List.of(300L, 700L), List.of(3.0, 7.0), 0.001);

        assertThat(raw.pValue()).isCloseTo(normalised.pValue(), within(1e-14));
    }

    @Test
    void noAccountsIsDegenerate() {
        SrmResult result = SampleRatioMismatch.test(List.of(0L, 0L), List.of(0.5, 0.5), 0.001);

        assertThat(result.status()).isEqualTo(Status.DEGENERATE);
        assertThat(result.pValue()).isNull();
    }

    @Test
    void mismatchedListsAreInvalid() {
        SrmResult result = SampleRatioMismatch.test(List.of(10L, 20L, 30L), List.of(0.5, 0.5), 0.001);

        assertThat(result.status()).isEqualTo(Status.INVALID_INPUT);
        assertThat(result.reason()).contains("3 observed counts but 2 weights");
    }

    @Test
    void nonPositiveWeightIsInvalid() {
        SrmResult result = SampleRatioMismatch.test(List.of(10L, 20L), List.of(1.0, 0.0), 0.001);

        assertThat(result.status()).isEqualTo(Status.INVALID_INPUT);
        assertThat(result.reason()).contains("weight of arm 2");
    }

    @Test
    void singleArmIsInvalid() {
        SrmResult result = SampleRatioMismatch.test(List.of(10L), List.of(1.0), 0.001);

        assertThat(result.status()).isEqualTo(Status.INVALID_INPUT);
    }
}
