package io.idem.revenue;

import static java.util.Objects.requireNonNull;

import io.idem.store.ColumnType;
import io.idem.workspace.Column;
import io.idem.workspace.Source;
import io.idem.workspace.SourceKind;
import java.util.Optional;
import java.util.Set;

/**
 * The columns of a subscriptions source that revenue reads, checked once for presence and type.
 * {@code account_id}, {@code start_date} and {@code mrr} (or {@code billing_amount}) are required.
 * The others are optional and change a subscription's MRR when declared, as docs/metrics.md
 * describes: {@code end_date}, {@code billing_amount} with {@code billing_period},
 * {@code is_trial}, {@code one_off}, {@code discount} and {@code currency}.
 */
final class SubscriptionColumns {

    static final String MRR = "mrr";
    static final String BILLING_AMOUNT = "billing_amount";
    static final String BILLING_PERIOD = "billing_period";
    static final String IS_TRIAL = "is_trial";
    static final String ONE_OFF = "one_off";
    static final String DISCOUNT = "discount";
    static final String CURRENCY = "currency";

    private static final Set<ColumnType> AMOUNT_TYPES = Set.of(ColumnType.MONEY, ColumnType.NUMBER, ColumnType.INTEGER);

    final Source source;
    final boolean hasEndDate;
    final boolean hasMrr;
    final boolean hasBillingAmount;
    final boolean hasBillingPeriod;
    final boolean hasTrial;
    final boolean hasOneOff;
    final boolean hasDiscount;
    /** Whether the discount column is a floating-point number, read as a double rather than a decimal. */
    final boolean discountIsDouble;
    final boolean hasCurrency;

    SubscriptionColumns(Source source) {
        this.source = requireNonNull(source, "source is null");
        if (source.kind() != SourceKind.SUBSCRIPTIONS) {
            throw new RevenueException("source '" + source.name() + "' is of kind " + source.kind().configName()
                    + ", not subscriptions; pass the workspace's subscriptions source");
        }
        require("account_id", Set.of(ColumnType.STRING, ColumnType.INTEGER));
        require("start_date", Set.of(ColumnType.DATE));
        this.hasEndDate = optional("end_date", Set.of(ColumnType.DATE));
        this.hasBillingAmount = optional(BILLING_AMOUNT, AMOUNT_TYPES);
        this.hasMrr = hasBillingAmount ? optional(MRR, AMOUNT_TYPES) : require(MRR, AMOUNT_TYPES);
        this.hasBillingPeriod = optional(BILLING_PERIOD, Set.of(ColumnType.STRING));
        this.hasTrial = optional(IS_TRIAL, Set.of(ColumnType.BOOLEAN));
        this.hasOneOff = optional(ONE_OFF, Set.of(ColumnType.BOOLEAN));
        this.hasDiscount = optional(DISCOUNT, Set.of(ColumnType.NUMBER, ColumnType.MONEY));
        this.discountIsDouble = hasDiscount && source.column(DISCOUNT).orElseThrow().type() == ColumnType.NUMBER;
        this.hasCurrency = optional(CURRENCY, Set.of(ColumnType.STRING));
        if (hasBillingAmount && !hasBillingPeriod) {
            throw new RevenueException("subscriptions source '" + source.name() + "' declares '" + BILLING_AMOUNT
                    + "' but not '" + BILLING_PERIOD + "'; declare " + BILLING_PERIOD
                    + " (monthly, quarterly or annual) so that amounts per period can be turned into MRR");
        }
    }

    /** Returns whether a row's MRR can differ from its {@code mrr} value. */
    boolean adjustsAmounts() {
        return hasBillingAmount || hasTrial || hasOneOff || hasDiscount || hasCurrency;
    }

    RevenueException invalid(long line, String column, String value, String fix) {
        return new RevenueException("invalid subscription at line " + line + " of source '" + source.name() + "' (table "
                + source.tableName() + "): " + column + " is " + (value == null ? "missing" : "'" + value + "'") + "; " + fix);
    }

    private boolean require(String name, Set<ColumnType> allowed) {
        if (!optional(name, allowed)) {
            String needed = MRR.equals(name) ? "'mrr' (or 'billing_amount' with 'billing_period')" : "'" + name + "'";
            throw new RevenueException("subscriptions source '" + source.name() + "' has no column " + needed
                    + "; declare it under sources." + source.name() + ".columns");
        }
        return true;
    }

    private boolean optional(String name, Set<ColumnType> allowed) {
        Optional<Column> column = source.column(name);
        if (column.isEmpty()) {
            return false;
        }
        if (!allowed.contains(column.get().type())) {
            throw new RevenueException("column '" + name + "' of subscriptions source '" + source.name() + "' has type "
                    + column.get().type().configName() + "; declare it as one of "
                    + allowed.stream().map(ColumnType::configName).sorted().toList());
        }
        return true;
    }
}
