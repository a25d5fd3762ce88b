package io.idem.revenue;

import static java.util.Objects.requireNonNull;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Adds each account's window figures to the whole book and to its slice of every dimension as a
 * calculation streams through the accounts, so memory grows with the number of slices, not of
 * accounts.
 */
final class RevenueSlicer implements AccountRevenueListener {

    private final MetricWindow window;
    private final List<String> dimensions;
    private final AccountWindow account;
    private final SliceTotals total = new SliceTotals();
    private final List<Map<String, SliceTotals>> slices = new ArrayList<>();

    RevenueSlicer(MetricWindow window, List<String> dimensions) {
        this.window = requireNonNull(window, "window is null");
        this.dimensions = List.copyOf(dimensions);
        this.account = new AccountWindow(window);
        for (int i = 0; i < dimensions.size(); i++) {
            // HashMap accepts the null key that stands for accounts without a value.
            slices.add(new HashMap<>());
        }
    }

    @Override
    public void accept(AccountRevenue revenue) {
        account.load(revenue.ledger());
        total.add(account);
        for (int i = 0; i < dimensions.size(); i++) {
            slices.get(i).computeIfAbsent(revenue.dimensionValue(i), value -> new SliceTotals()).add(account);
        }
    }

    SliceMetrics total(SliceMetricsCalculator calculator) {
        return calculator.metrics(SliceMetrics.ALL, null, window, total);
    }

    /** Returns each dimension's slices ordered by value, accounts without a value last. */
    Map<String, List<SliceMetrics>> byDimension(SliceMetricsCalculator calculator) {
        Map<String, List<SliceMetrics>> result = new LinkedHashMap<>();
        for (int i = 0; i < dimensions.size(); i++) {
            String dimension = dimensions.get(i);
            List<SliceMetrics> metrics = slices.get(i).entrySet().stream()
                    .sorted(Map.Entry.comparingByKey(Comparator.nullsLast(Comparator.naturalOrder())))
                    .map(slice -> calculator.metrics(dimension, slice.getKey(), window, slice.getValue()))
                    .toList();
            result.put(dimension, metrics);
        }
        return result;
    }
}
