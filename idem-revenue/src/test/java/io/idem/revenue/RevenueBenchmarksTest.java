package io.idem.revenue;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class RevenueBenchmarksTest {

    /**
     * The published medians of SaaS Capital's 2023 retention survey, Figure 1, by annual contract
     * value: NRR 100%, 102%, 103%, 105%, 107%, 110% and GRR 90%, 90%, 92%, 93%, 93%, 93% for the
     * bands below $12k, $12k to $25k, $25k to $50k, $50k to $100k, $100k to $250k and above $250k.
     */
    @Test
    void surveyBandsPinPublishedMedians() {
        assertThat(RevenueBenchmarks.SURVEY_BANDS).containsExactly(
                new RevenueBenchmarks.ContractSizeBand(0, 12_000, 1.00, 0.90),
                new RevenueBenchmarks.ContractSizeBand(12_000, 25_000, 1.02, 0.90),
                new RevenueBenchmarks.ContractSizeBand(25_000, 50_000, 1.03, 0.92),
                new RevenueBenchmarks.ContractSizeBand(50_000, 100_000, 1.05, 0.93),
                new RevenueBenchmarks.ContractSizeBand(100_000, 250_000, 1.07, 0.93),
                new RevenueBenchmarks.ContractSizeBand(250_000, Long.MAX_VALUE, 1.10, 0.93));
        assertThat(RevenueBenchmarks.SURVEY_BANDS).extracting(RevenueBenchmarks.ContractSizeBand::label).containsExactly(
                "less than $12k", "$12k to $25k", "$25k to $50k", "$50k to $100k", "$100k to $250k", "more than $250k");
    }

    @ParameterizedTest(name = "ACV {0}: NRR {1}, GRR {2}")
    @CsvSource({
            "0.01,      1.00, 0.90",
            "11999.99,  1.00, 0.90",
            "12000,     1.02, 0.90",
            "49999.99,  1.03, 0.92",
            "50000,     1.05, 0.93",
            "250000,    1.10, 0.93",
            "9000000,   1.10, 0.93"})
    void picksBandByContractSize(String acv, double nrr, double grr) {
        RevenueBenchmarks benchmarks = RevenueBenchmarks.defaults("USD");

        assertThat(benchmarks.nrr(new BigDecimal(acv)).target()).isEqualTo(nrr);
        assertThat(benchmarks.grr(new BigDecimal(acv)).target()).isEqualTo(grr);
        assertThat(benchmarks.nrr(new BigDecimal(acv)).source()).startsWith(RevenueBenchmarks.SURVEY);
    }

    @Test
    void idemDefaultsWithoutContractSizeOrOutsideUsd() {
        RevenueBenchmarks usd = RevenueBenchmarks.defaults("USD");
        RevenueBenchmarks eur = RevenueBenchmarks.defaults("EUR");

        assertThat(usd.nrr(null).target()).isEqualTo(RevenueBenchmarks.DEFAULT_NRR);
        assertThat(usd.nrr(null).source()).startsWith("Idem default").contains("no paying account");
        assertThat(eur.nrr(new BigDecimal("30000")).target()).isEqualTo(RevenueBenchmarks.DEFAULT_NRR);
        assertThat(eur.grr(new BigDecimal("30000")).source()).startsWith("Idem default").contains("in EUR");
        assertThat(usd.nrr().source()).isEqualTo("Idem default: existing accounts keep 100% of their revenue; set benchmarks.nrr in idem.yaml");
    }

    @Test
    void defaultTargetsAndNames() {
        RevenueBenchmarks benchmarks = RevenueBenchmarks.defaults("USD");

        assertThat(List.of(benchmarks.expansionShare().metric(), benchmarks.nrr().metric(), benchmarks.grr().metric(),
                benchmarks.quickRatio().metric())).containsExactly("expansion_share", "nrr", "grr", "quick_ratio");
        assertThat(benchmarks.expansionShare().target()).isEqualTo(0.30);
        assertThat(benchmarks.grr().target()).isEqualTo(0.90);
        assertThat(benchmarks.quickRatio().target()).isEqualTo(4.0);
        assertThat(benchmarks.quickRatio().source()).startsWith("Mamoon Hamid");
    }
}
