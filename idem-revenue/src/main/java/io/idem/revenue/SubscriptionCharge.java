package io.idem.revenue;

import java.math.BigDecimal;

/**
 * The amount columns of one subscription row as stored, before {@link SubscriptionPricing} turns
 * them into MRR in the reporting currency. Each field is null when the column is not declared or
 * the cell is blank.
 *
 * @param mrr           monthly list amount
 * @param billingAmount list amount per billing period, used when {@code mrr} is null
 * @param discount      fraction of the list amount taken off, from 0 to 1
 * @param currency      ISO 4217 code of the amounts; null means the reporting currency
 */
record SubscriptionCharge(BigDecimal mrr, BigDecimal billingAmount, String billingPeriod, Boolean trial,
                          Boolean oneOff, BigDecimal discount, String currency) {
}
