package io.idem.report.html;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class FormatsTest {

    private final Formats dollars = new Formats("USD");

    @Test
    void moneyHasSymbolSeparatorsAndTwoDecimals() {
        assertThat(dollars.money(1234567.891)).isEqualTo("$1,234,567.89");
        assertThat(dollars.money(-1200.5)).isEqualTo("-$1,200.50");
        assertThat(dollars.money(0)).isEqualTo("$0.00");
    }

    @Test
    void moneyThatRoundsToZeroHasNoSign() {
        assertThat(dollars.money(-0.001)).isEqualTo("$0.00");
        assertThat(dollars.integer(-0.3)).isEqualTo("0");
    }

    @Test
    void moneyUsesTheCurrencyOfTheRun() {
        assertThat(new Formats("EUR").money(1500)).isEqualTo("€1,500.00");
        assertThat(new Formats("gbp").money(1500)).isEqualTo("£1,500.00");
    }

    @Test
    void unknownCurrencyCodeBecomesPrefix() {
        assertThat(new Formats("XYZ1").money(10)).isEqualTo("XYZ1 10.00");
    }

    @Test
    void missingCurrencyGivesPlainNumber() {
        Formats plain = new Formats(null);

        assertThat(plain.money(2500)).isEqualTo("2,500.00");
        assertThat(plain.hasCurrency()).isFalse();
    }

    @Test
    void percentHasOneDecimal() {
        assertThat(dollars.percent(1.0234)).isEqualTo("102.3%");
        assertThat(dollars.percent(0.3)).isEqualTo("30.0%");
        assertThat(dollars.percent(12.5)).isEqualTo("1,250.0%");
    }

    @Test
    void percentagePointsCarryASign() {
        assertThat(dollars.percentagePoints(-0.087)).isEqualTo("-8.7 pp");
        assertThat(dollars.percentagePoints(0.02)).isEqualTo("+2.0 pp");
        assertThat(dollars.percentagePoints(0.0)).isEqualTo("0.0 pp");
    }

    @Test
    void integersAndDecimalsHaveThousandsSeparators() {
        assertThat(dollars.integer(1234567)).isEqualTo("1,234,567");
        assertThat(dollars.decimal(1234.5, 2)).isEqualTo("1,234.50");
        assertThat(dollars.moneyTick(20000, 0)).isEqualTo("$20,000");
        assertThat(dollars.moneyTick(-500, 0)).isEqualTo("-$500");
    }

    @Test
    void countUsesSingularForOne() {
        assertThat(dollars.count(1, "member", "members")).isEqualTo("1 member");
        assertThat(dollars.count(1200, "member", "members")).isEqualTo("1,200 members");
        assertThat(dollars.count(0, "member", "members")).isEqualTo("0 members");
    }

    @Test
    void listJoinsWithAnd() {
        assertThat(Formats.list(java.util.List.of("NRR"))).isEqualTo("NRR");
        assertThat(Formats.list(java.util.List.of("NRR", "GRR"))).isEqualTo("NRR and GRR");
        assertThat(Formats.list(java.util.List.of("A", "B", "C"))).isEqualTo("A, B and C");
    }
}
