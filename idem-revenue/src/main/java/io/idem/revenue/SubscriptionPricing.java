package io.idem.revenue;

import static java.util.Objects.requireNonNull;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.Locale;

/**
 * Turns a subscription row's amount columns into its MRR in the reporting currency:
 *
 * <pre>
 *   MRR = 0                                                   when is_trial or one_off is true
 *   MRR = list × (1 − discount) × rate(currency, start) / months(billing_period)   otherwise
 * </pre>
 *
 * where list is {@code mrr} with months 1, or {@code billing_amount} when {@code mrr} is blank.
 * The result is rounded once, half-even, to 1/10,000 of the currency. Each subscription is
 * converted at the rate of its start date, the day its revenue enters the ledger, so its MRR stays
 * constant while it is active and later rate changes are not movements.
 */
final class SubscriptionPricing {

    private final SubscriptionColumns columns;
    private final String reportingCurrency;
    private final ExchangeRates rates;

    SubscriptionPricing(SubscriptionColumns columns, String reportingCurrency, ExchangeRates rates) {
        this.columns = requireNonNull(columns, "columns is null");
        this.reportingCurrency = requireNonNull(reportingCurrency, "reportingCurrency is null").toUpperCase(Locale.ROOT);
        this.rates = requireNonNull(rates, "rates is null");
    }

    /**
     * Returns the row's MRR in units of 1/10,000 of the reporting currency.
     *
     * @throws RevenueException naming the file line, column and value of a missing or negative
     *     amount, an unknown billing period, a discount outside 0 to 1, an invalid currency code, or
     *     a currency without an exchange rate on or before {@code start}
     */
    long monthlyUnits(long line, LocalDate start, SubscriptionCharge charge) {
        BigDecimal list;
        int months;
        if (charge.mrr() != null) {
            list = nonNegative(line, SubscriptionColumns.MRR, charge.mrr());
            months = 1;
        } else if (charge.billingAmount() != null) {
            list = nonNegative(line, SubscriptionColumns.BILLING_AMOUNT, charge.billingAmount());
            months = billingPeriod(line, charge.billingPeriod()).months();
        } else if (columns.hasBillingAmount) {
            throw columns.invalid(line, "mrr", null, "billing_amount is missing too; fill in one of them, 0 for a free subscription");
        } else {
            throw columns.invalid(line, "mrr", null, "fill in the monthly recurring revenue, 0 for a free subscription");
        }

        if (!columns.adjustsAmounts()) {
            return units(line, list);
        }
        if (Boolean.TRUE.equals(charge.trial()) || Boolean.TRUE.equals(charge.oneOff())) {
            return 0;
        }
        BigDecimal amount = list;
        BigDecimal discount = discount(line, charge.discount());
        if (discount.signum() != 0) {
            amount = amount.multiply(BigDecimal.ONE.subtract(discount));
        }
        String currency = currency(line, charge.currency());
        if (!currency.equals(reportingCurrency)) {
            amount = amount.multiply(rate(line, currency, start));
        }
        return units(line, amount.divide(BigDecimal.valueOf(months), Money.SCALE, RoundingMode.HALF_EVEN));
    }

    private BigDecimal nonNegative(long line, String column, BigDecimal amount) {
        if (amount.signum() < 0) {
            throw columns.invalid(line, column, amount.toPlainString(),
                    "MRR must not be negative; record a discount in the discount column or by lowering the amount");
        }
        return amount;
    }

    private BillingPeriod billingPeriod(long line, String text) {
        return BillingPeriod.parse(text).orElseThrow(() -> columns.invalid(line, SubscriptionColumns.BILLING_PERIOD, text,
                "an amount per billing period needs the period: write monthly, quarterly or annual, or fill in mrr"));
    }

    private BigDecimal discount(long line, BigDecimal discount) {
        if (discount == null) {
            return BigDecimal.ZERO;
        }
        if (discount.signum() < 0 || discount.compareTo(BigDecimal.ONE) > 0) {
            throw columns.invalid(line, SubscriptionColumns.DISCOUNT, discount.stripTrailingZeros().toPlainString(),
                    "write the discount as a fraction of the list amount from 0 to 1, for example 0.15 for 15%");
        }
        return discount;
    }

    private String currency(long line, String text) {
        if (text == null || text.isBlank()) {
            return reportingCurrency;
        }
        if (text.equals(reportingCurrency)) {
            return reportingCurrency;
        }
        String code = text.trim().toUpperCase(Locale.ROOT);
        if (!ExchangeRates.CURRENCY_CODE.matcher(code).matches()) {
            throw columns.invalid(line, SubscriptionColumns.CURRENCY, text, "write an ISO 4217 code such as EUR, or leave it blank for "
                    + reportingCurrency);
        }
        return code;
    }

    private BigDecimal rate(long line, String currency, LocalDate start) {
        try {
            return rates.rateOn(currency, start);
        } catch (RevenueException e) {
            throw new RevenueException("subscription at line " + line + " of source '" + columns.source.name()
                    + "' starts on " + start + " in " + currency + ": " + e.getMessage(), e);
        }
    }

    private long units(long line, BigDecimal amount) {
        try {
            return Money.toUnits(amount);
        } catch (ArithmeticException e) {
            throw columns.invalid(line, "mrr", amount.toPlainString(), "the amount is too large; check the column's unit");
        }
    }
}
