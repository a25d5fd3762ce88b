package io.idem.revenue;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Trials, one-off charges, discounts, billing periods and currencies on hand-made rows, with MRR worked out by hand. */
class SubscriptionPricingTest {

    private static final LocalDate AS_OF = LocalDate.of(2024, 6, 30);

    @TempDir
    Path temp;

    @Test
    void trialsAndOneOffChargesAddNoMrr() throws Exception {
        try (WideStore data = WideStore.open(temp)) {
            data.subscription("A", "2024-01-10", null).mrr("100").add()
                    .subscription("A", "2024-02-01", "2024-03-01").mrr("50").trial().add()
                    .subscription("A", "2024-04-01", null).mrr("30").oneOff().add()
                    .subscription("B", "2024-02-01", null).mrr("70").trial().add();

            List<String> ledger = ledgerLines(data.calculator());
            RevenueResult result = data.calculator().calculate(AS_OF);

            assertThat(ledger).containsExactly("A 2024-01-10 new 100.00 100.00");
            assertThat(result.summary().mrr()).isEqualByComparingTo("100");
            assertThat(result.accounts()).as("trial-only accounts are still read").isEqualTo(2);
        }
    }

    @Test
    void discountIsFractionOfListAmount() throws Exception {
        try (WideStore data = WideStore.open(temp)) {
            data.subscription("A", "2024-01-01", null).mrr("200").discount(0.25).add()
                    .subscription("B", "2024-01-01", null).mrr("99.99").discount(1.0).add()
                    .subscription("C", "2024-01-01", null).mrr("10").discount(0.0).add();

            assertThat(data.calculator().calculate(AS_OF).summary().mrr()).isEqualByComparingTo("160");
        }
    }

    @Test
    void billingAmountIsSpreadOverPeriod() throws Exception {
        try (WideStore data = WideStore.open(temp)) {
            data.subscription("A", "2024-01-01", null).billing("1200", "annual").add()
                    .subscription("B", "2024-01-01", null).billing("100", "Quarterly").add()
                    .subscription("C", "2024-01-01", null).billing("80", "monthly").add()
                    .subscription("D", "2024-01-01", null).mrr("10").billing("9999", "annual").add();

            List<String> ledger = ledgerLines(data.calculator());

            // 100 / 3 = 33.3333 after rounding to 4 decimals, written as 33.33.
            assertThat(ledger).containsExactlyInAnyOrder("A 2024-01-01 new 100.00 100.00", "B 2024-01-01 new 33.33 33.33",
                    "C 2024-01-01 new 80.00 80.00", "D 2024-01-01 new 10.00 10.00");
            assertThat(data.calculator().calculate(AS_OF).summary().mrr()).isEqualByComparingTo("223.3333");
        }
    }

    @Test
    void foreignCurrencyUsesRateOnOrBeforeStart() throws Exception {
        Files.writeString(temp.resolve("fx_rates.csv"), """
                date,currency,rate_to_reporting
                2024-01-01,EUR,1.10
                2024-03-01,EUR,1.20
                2024-01-01,GBP,1.25
                """);
        try (WideStore data = WideStore.open(temp)) {
            data.subscription("A", "2024-02-15", null).mrr("100").currency("EUR").add()
                    .subscription("B", "2024-03-01", null).mrr("100").currency("eur").discount(0.1).add()
                    .subscription("C", "2024-01-01", null).billing("1200", "annual").currency("GBP").add()
                    .subscription("D", "2024-01-01", null).mrr("40").currency("USD").add()
                    .subscription("E", "2024-01-01", null).mrr("5").add();

            List<String> ledger = ledgerLines(data.calculator());

            assertThat(ledger).containsExactlyInAnyOrder("A 2024-02-15 new 110.00 110.00", "B 2024-03-01 new 108.00 108.00",
                    "C 2024-01-01 new 125.00 125.00", "D 2024-01-01 new 40.00 40.00", "E 2024-01-01 new 5.00 5.00");
        }
    }

    @Test
    void reportingCurrencyComesFromSettings() throws Exception {
        Path rates = temp.resolve("rates.csv");
        Files.writeString(rates, "currency,date,rate_to_reporting\nUSD,2020-01-01,0.5\n");
        try (WideStore data = WideStore.open(temp)) {
            data.subscription("A", "2024-01-01", null).mrr("100").currency("USD").add()
                    .subscription("B", "2024-01-01", null).mrr("100").currency("EUR").add();
            RevenueSettings settings = RevenueSettings.defaults("EUR").withExchangeRates(ExchangeRates.load(rates));

            RevenueResult result = data.calculator(settings).calculate(AS_OF);

            assertThat(result.summary().mrr()).isEqualByComparingTo("150");
            assertThat(result.summary().settings().currency()).isEqualTo("EUR");
        }
    }

    @Test
    void missingRateNamesCurrencyAndDate() throws Exception {
        Files.writeString(temp.resolve("fx_rates.csv"), "date,currency,rate_to_reporting\n2024-03-01,EUR,1.2\n");
        try (WideStore data = WideStore.open(temp)) {
            data.subscription("A", "2024-01-01", null).mrr("10").add()
                    .subscription("A", "2024-02-15", null).mrr("100").currency("EUR").add();

            assertThatThrownBy(() -> data.calculator().calculate(AS_OF))
                    .isInstanceOf(RevenueException.class)
                    .hasMessageContaining("line 3")
                    .hasMessageContaining("no exchange rate for EUR on or before 2024-02-15")
                    .hasMessageContaining("fx_rates.csv");
        }
    }

    @Test
    void missingRateFileNamesCurrencyAndDate() throws Exception {
        try (WideStore data = WideStore.open(temp)) {
            data.subscription("A", "2024-02-15", null).mrr("100").currency("CHF").add();

            assertThatThrownBy(() -> data.calculator().calculate(AS_OF))
                    .isInstanceOf(RevenueException.class)
                    .hasMessageContaining("no exchange rate for CHF on or before 2024-02-15")
                    .hasMessageContaining("no fx_rates.csv was found");
        }
    }

    @Test
    void rejectsDiscountAboveOne() throws Exception {
        try (WideStore data = WideStore.open(temp)) {
            data.subscription("A", "2024-01-01", null).mrr("100").discount(15).add();

            assertThatThrownBy(() -> data.calculator().calculate(AS_OF))
                    .isInstanceOf(RevenueException.class)
                    .hasMessageContaining("line 2")
                    .hasMessageContaining("discount is '15'")
                    .hasMessageContaining("0.15 for 15%");
        }
    }

    @Test
    void rejectsUnknownBillingPeriod() throws Exception {
        try (WideStore data = WideStore.open(temp)) {
            data.subscription("A", "2024-01-01", null).billing("100", "fortnightly").add();

            assertThatThrownBy(() -> data.calculator().calculate(AS_OF))
                    .isInstanceOf(RevenueException.class)
                    .hasMessageContaining("billing_period is 'fortnightly'")
                    .hasMessageContaining("monthly, quarterly or annual");
        }
    }

    @Test
    void rejectsRowWithoutAnyAmount() throws Exception {
        try (WideStore data = WideStore.open(temp)) {
            data.subscription("A", "2024-01-01", null).add();

            assertThatThrownBy(() -> data.calculator().calculate(AS_OF))
                    .isInstanceOf(RevenueException.class)
                    .hasMessageContaining("mrr is missing")
                    .hasMessageContaining("billing_amount is missing too");
        }
    }

    @Test
    void rejectsInvalidCurrencyCode() throws Exception {
        try (WideStore data = WideStore.open(temp)) {
            data.subscription("A", "2024-01-01", null).mrr("1").currency("EURO").add();

            assertThatThrownBy(() -> data.calculator().calculate(AS_OF))
                    .isInstanceOf(RevenueException.class)
                    .hasMessageContaining("currency is 'EURO'")
                    .hasMessageContaining("ISO 4217");
        }
    }

    @Test
    void rejectsNegativeBillingAmount() throws Exception {
        try (WideStore data = WideStore.open(temp)) {
            data.subscription("A", "2024-01-01", null).billing("-12", "annual").add();

            assertThatThrownBy(() -> data.calculator().calculate(AS_OF))
                    .isInstanceOf(RevenueException.class)
                    .hasMessageContaining("billing_amount is '-12.0000'")
                    .hasMessageContaining("must not be negative");
        }
    }

    @Test
    void expansionOutcomesUseSamePricing() throws Exception {
        try (WideStore data = WideStore.open(temp)) {
            data.subscription("A", "2024-01-01", null).mrr("100").add()
                    .subscription("A", "2024-02-01", null).mrr("50").trial().add()
                    .subscription("B", "2024-01-01", null).mrr("100").add()
                    .subscription("B", "2024-02-01", null).mrr("50").add();
            data.calculator();

            ExpansionOutcome outcome = ExpansionOutcomes.load(data.store, data.workspace, AS_OF).outcome(LocalDate.of(2024, 1, 15), 30);

            assertThat(outcome.base()).containsExactlyInAnyOrder("A", "B");
            assertThat(outcome.expanded()).as("a trial is no expansion").containsExactly("B");
        }
    }

    /** Returns "account date movement amount mrr_after" for every ledger entry at the as-of date. */
    private static List<String> ledgerLines(RevenueCalculator calculator) {
        List<String> lines = new ArrayList<>();
        calculator.analyse(AS_OF, MetricWindow.trailingTwelveMonths(AS_OF), account -> {
            AccountLedger ledger = account.ledger();
            for (int i = 0; i < ledger.size(); i++) {
                lines.add(ledger.accountId() + " " + ledger.date(i) + " " + ledger.movement(i).outputName() + " "
                        + Money.cents(ledger.amount(i)) + " " + Money.cents(ledger.mrrAfter(i)));
            }
        });
        return lines;
    }
}
