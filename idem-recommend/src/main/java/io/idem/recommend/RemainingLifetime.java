package io.idem.recommend;

import java.util.Map;

/**
 * The discounted expected remaining lifetime of an account in months (DERL): the number of future monthly payments
 * the account is expected to make, each discounted to today. Expected value multiplies incremental MRR by it.
 */
public interface RemainingLifetime {

    /**
     * Returns the remaining lifetime of the account whose frame row is {@code row}, in months, 0 or more.
     *
     * @param row the account's values by column name, as {@link io.idem.identify.AccountFrame#row(int)} returns them
     */
    double months(Map<String, Object> row);

    /** Describes the model and its parameters for logs and reasons. */
    String describe();
}
