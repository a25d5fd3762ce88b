package io.idem.lifetimevalue.noncontractual;

import static java.util.Objects.requireNonNull;

/**
 * Recency, frequency and monetary summary of one customer over the calibration period, the input of BG/NBD and
 * Gamma-Gamma. Times are in weeks since the customer's first purchase; purchases on the same day count once.
 *
 * @param customerId customer identifier
 * @param frequency x, the number of repeat purchase days in the calibration period (the first purchase is not
 *     counted)
 * @param recency t_x, weeks from the first purchase to the last repeat purchase; 0 when x is 0
 * @param age T, weeks from the first purchase to the end of the calibration period
 * @param meanRepeatValue mean value of the x repeat purchase days, each day's purchases summed; 0 when x is 0
 */
public record CustomerSummary(String customerId, int frequency, double recency, double age, double meanRepeatValue) {

    public CustomerSummary {
        requireNonNull(customerId, "customerId is null");
        if (frequency < 0) {
            throw new IllegalArgumentException("frequency of customer " + customerId + " is negative: " + frequency);
        }
        if (!(age >= 0 && Double.isFinite(age))) {
            throw new IllegalArgumentException("age T of customer " + customerId + " must be zero or more, got " + age);
        }
        if (!(recency >= 0 && recency <= age)) {
            throw new IllegalArgumentException("recency t_x of customer " + customerId + " must lie in [0, T="
                    + age + "], got " + recency);
        }
        if (frequency == 0 && (recency != 0 || meanRepeatValue != 0)) {
            throw new IllegalArgumentException("customer " + customerId
                    + " has no repeat purchase, so recency and meanRepeatValue must be 0, got " + recency + " and "
                    + meanRepeatValue);
        }
        if (frequency > 0 && recency == 0) {
            throw new IllegalArgumentException("customer " + customerId + " has " + frequency
                    + " repeat purchases, so recency t_x must be positive");
        }
        if (!(meanRepeatValue >= 0 && Double.isFinite(meanRepeatValue))) {
            throw new IllegalArgumentException("meanRepeatValue of customer " + customerId
                    + " must be zero or more, got " + meanRepeatValue);
        }
    }

    /** Returns whether the customer purchased again after the first purchase day. */
    public boolean isRepeatCustomer() {
        return frequency > 0;
    }
}
