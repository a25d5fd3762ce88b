package io.idem.lifetimevalue.noncontractual;

import static java.util.Objects.requireNonNull;

import java.time.LocalDate;
import java.util.List;

/**
 * Customer summaries of one calibration period.
 *
 * @param customers one summary per customer whose first purchase lies in the calibration period, ordered by id
 * @param firstTransaction day of the earliest transaction in the input
 * @param calibrationEnd last day of the calibration period, included
 * @param customersAfterCalibration customers left out because their first purchase comes after the calibration end
 */
public record RfmSummary(
        List<CustomerSummary> customers,
        LocalDate firstTransaction,
        LocalDate calibrationEnd,
        int customersAfterCalibration) {

    public RfmSummary {
        customers = List.copyOf(requireNonNull(customers, "customers is null"));
        requireNonNull(firstTransaction, "firstTransaction is null");
        requireNonNull(calibrationEnd, "calibrationEnd is null");
        if (customersAfterCalibration < 0) {
            throw new IllegalArgumentException("customersAfterCalibration is negative: " + customersAfterCalibration);
        }
    }

    public List<CustomerSummary> repeatCustomers() {
        return customers.stream().filter(CustomerSummary::isRepeatCustomer).toList();
    }

    public int totalRepeatPurchases() {
        return customers.stream().mapToInt(CustomerSummary::frequency).sum();
    }
}
