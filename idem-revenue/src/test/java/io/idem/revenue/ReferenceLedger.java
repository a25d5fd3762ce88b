package io.idem.revenue;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.Function;

/**
 * A separate, deliberately plain computation of the ledger, window metrics and cohorts for checking
 * the product: every account's MRR is recomputed on every start and end date by scanning all of its
 * subscriptions ({@link ReferenceRevenue#mrrOn}), with BigDecimal throughout.
 */
final class ReferenceLedger {

    record Entry(LocalDate date, String account, String movement, BigDecimal amount, BigDecimal mrrAfter) {
        String line() {
            return date + "," + account + "," + movement + "," + cents(amount) + "," + cents(mrrAfter);
        }

        BigDecimal signed() {
            return movement.equals("contraction") || movement.equals("churn") ? amount.negate() : amount;
        }
    }

    /** Sums over the accounts of one slice, as plain numbers. */
    static final class Slice {
        long accountsAtEnd;
        long accountsAtStart;
        BigDecimal startMrr = BigDecimal.ZERO;
        BigDecimal endMrr = BigDecimal.ZERO;
        BigDecimal retained = BigDecimal.ZERO;
        BigDecimal retainedCapped = BigDecimal.ZERO;
        final Map<String, BigDecimal> movements = new TreeMap<>();

        BigDecimal movement(String kind) {
            return movements.getOrDefault(kind, BigDecimal.ZERO);
        }

        Double nrr() {
            return accountsAtStart == 0 ? null : divide(retained, startMrr);
        }

        Double grr() {
            return accountsAtStart == 0 ? null : divide(retainedCapped, startMrr);
        }

        Double expansionShare() {
            BigDecimal added = movement("new").add(movement("expansion")).add(movement("reactivation"));
            return added.signum() == 0 ? null : divide(movement("expansion"), added);
        }

        Double quickRatio() {
            BigDecimal added = movement("new").add(movement("expansion")).add(movement("reactivation"));
            BigDecimal lost = movement("contraction").add(movement("churn"));
            return lost.signum() == 0 ? null : divide(added, lost);
        }

        BigDecimal arpa() {
            return accountsAtEnd == 0 ? null : endMrr.divide(BigDecimal.valueOf(accountsAtEnd), 4, RoundingMode.HALF_EVEN);
        }
    }

    private final ReferenceRevenue reference;
    final Map<String, List<Entry>> entriesByAccount = new TreeMap<>();

    ReferenceLedger(ReferenceRevenue reference, Integer reactivationWindowDays) {
        this.reference = reference;
        for (String account : reference.subscriptionsByAccount.keySet()) {
            entriesByAccount.put(account, entries(account, reactivationWindowDays));
        }
    }

    private List<Entry> entries(String account, Integer windowDays) {
        TreeSet<LocalDate> days = new TreeSet<>();
        for (ReferenceRevenue.Subscription s : reference.subscriptionsByAccount.get(account)) {
            days.add(s.start());
            if (s.end() != null && !s.end().isAfter(reference.asOf)) {
                days.add(s.end());
            }
        }
        List<Entry> entries = new ArrayList<>();
        BigDecimal previous = BigDecimal.ZERO;
        boolean everPaid = false;
        LocalDate lastChurn = null;
        for (LocalDate day : days) {
            BigDecimal mrr = reference.mrrOn(account, day);
            int change = mrr.compareTo(previous);
            if (change == 0) {
                continue;
            }
            String movement;
            if (previous.signum() == 0) {
                boolean within = windowDays == null || lastChurn.plusDays(windowDays).compareTo(day) >= 0;
                movement = everPaid && within ? "reactivation" : "new";
            } else if (mrr.signum() == 0) {
                movement = "churn";
                lastChurn = day;
            } else {
                movement = change > 0 ? "expansion" : "contraction";
            }
            entries.add(new Entry(day, account, movement, mrr.subtract(previous).abs(), mrr));
            everPaid |= mrr.signum() > 0;
            previous = mrr;
        }
        return entries;
    }

    List<String> lines() {
        List<String> lines = new ArrayList<>();
        entriesByAccount.values().forEach(entries -> entries.forEach(entry -> lines.add(entry.line())));
        return lines;
    }

    /** Returns the sum of the signed amounts of all entries dated on or before {@code day}. */
    BigDecimal balanceOn(LocalDate day) {
        BigDecimal sum = BigDecimal.ZERO;
        for (List<Entry> entries : entriesByAccount.values()) {
            for (Entry entry : entries) {
                if (!entry.date().isAfter(day)) {
                    sum = sum.add(entry.signed());
                }
            }
        }
        return sum;
    }

    /** Returns the window sums per value of {@code valueOf}, which maps an account to its slice (null allowed). */
    Map<String, Slice> slices(LocalDate start, LocalDate end, Function<String, String> valueOf) {
        Map<String, Slice> slices = new LinkedHashMap<>();
        for (String account : entriesByAccount.keySet()) {
            Slice slice = slices.computeIfAbsent(valueOf.apply(account), v -> new Slice());
            BigDecimal atStart = reference.mrrOn(account, start);
            BigDecimal atEnd = reference.mrrOn(account, end);
            if (atStart.signum() > 0) {
                slice.accountsAtStart++;
                slice.startMrr = slice.startMrr.add(atStart);
                slice.retained = slice.retained.add(atEnd);
                slice.retainedCapped = slice.retainedCapped.add(atEnd.min(atStart));
            }
            if (atEnd.signum() > 0) {
                slice.accountsAtEnd++;
                slice.endMrr = slice.endMrr.add(atEnd);
            }
            for (Entry entry : entriesByAccount.get(account)) {
                if (entry.date().isAfter(start) && !entry.date().isAfter(end)) {
                    slice.movements.merge(entry.movement(), entry.amount(), BigDecimal::add);
                }
            }
        }
        return slices;
    }

    /**
     * Returns per cohort month: [accounts, start MRR, then for each month since signup the paying
     * accounts and the MRR on that month's snapshot day], recomputed by scanning subscriptions.
     */
    Map<YearMonth, List<BigDecimal[]>> cohorts() {
        Map<YearMonth, List<BigDecimal[]>> cohorts = new TreeMap<>();
        for (Map.Entry<String, List<Entry>> account : entriesByAccount.entrySet()) {
            if (account.getValue().isEmpty()) {
                continue;
            }
            Entry first = account.getValue().get(0);
            YearMonth cohort = YearMonth.from(first.date());
            List<BigDecimal[]> row = cohorts.computeIfAbsent(cohort, c -> new ArrayList<>());
            if (row.isEmpty()) {
                row.add(new BigDecimal[] {BigDecimal.ZERO, BigDecimal.ZERO});
                for (YearMonth m = cohort; !m.isAfter(YearMonth.from(reference.asOf)); m = m.plusMonths(1)) {
                    row.add(new BigDecimal[] {BigDecimal.ZERO, BigDecimal.ZERO});
                }
            }
            row.get(0)[0] = row.get(0)[0].add(BigDecimal.ONE);
            row.get(0)[1] = row.get(0)[1].add(first.mrrAfter());
            int k = 1;
            for (YearMonth m = cohort; !m.isAfter(YearMonth.from(reference.asOf)); m = m.plusMonths(1), k++) {
                BigDecimal mrr = reference.mrrOn(account.getKey(), reference.snapshot(m));
                if (mrr.signum() > 0) {
                    row.get(k)[0] = row.get(k)[0].add(BigDecimal.ONE);
                    row.get(k)[1] = row.get(k)[1].add(mrr);
                }
            }
        }
        return cohorts;
    }

    static String cents(BigDecimal amount) {
        return amount.setScale(2, RoundingMode.HALF_EVEN).toPlainString();
    }

    static double divide(BigDecimal numerator, BigDecimal denominator) {
        return numerator.divide(denominator, MathContext.DECIMAL128).doubleValue();
    }
}
