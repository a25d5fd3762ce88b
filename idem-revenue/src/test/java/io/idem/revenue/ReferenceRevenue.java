package io.idem.revenue;

import java.io.IOException;
import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * A separate, deliberately plain computation of the revenue definitions for checking the product:
 * it reads the subscriptions CSV itself and recomputes every account's MRR on every snapshot day by
 * scanning all of the account's subscriptions, with BigDecimal throughout.
 */
final class ReferenceRevenue {

    static final List<String> KINDS = List.of("new", "expansion", "contraction", "churn", "reactivation");

    record Subscription(String account, LocalDate start, LocalDate end, BigDecimal mrr) {
        boolean activeOn(LocalDate day) {
            return start.compareTo(day) <= 0 && (end == null || end.compareTo(day) > 0);
        }
    }

    final LocalDate asOf;
    final List<YearMonth> months = new ArrayList<>();
    final Map<String, List<Subscription>> subscriptionsByAccount = new TreeMap<>();
    final Map<String, BigDecimal[]> mrrByAccount = new TreeMap<>();
    final Map<String, String[]> movementByAccount = new TreeMap<>();
    final Map<String, BigDecimal[]> totals = new LinkedHashMap<>();
    BigDecimal[] mrrTotals;

    ReferenceRevenue(List<Subscription> subscriptions, LocalDate asOf) {
        this.asOf = asOf;
        LocalDate earliest = null;
        for (Subscription s : subscriptions) {
            if (s.start().isAfter(asOf)) {
                continue;
            }
            subscriptionsByAccount.computeIfAbsent(s.account(), a -> new ArrayList<>()).add(s);
            if (earliest == null || s.start().isBefore(earliest)) {
                earliest = s.start();
            }
        }
        if (earliest != null) {
            for (YearMonth m = YearMonth.from(earliest); !m.isAfter(YearMonth.from(asOf)); m = m.plusMonths(1)) {
                months.add(m);
            }
        }
        computeAccounts();
        computeTotals();
    }

    static ReferenceRevenue fromCsv(Path csv, LocalDate asOf) throws IOException {
        List<String> lines = Files.readAllLines(csv, StandardCharsets.UTF_8);
        List<String> header = Arrays.asList(lines.get(0).split(","));
        int account = header.indexOf("account_id");
        int start = header.indexOf("start_date");
        int end = header.indexOf("end_date");
        int mrr = header.indexOf("mrr_amount");
        List<Subscription> subscriptions = new ArrayList<>();
        for (String line : lines.subList(1, lines.size())) {
            String[] f = line.split(",", -1);
            subscriptions.add(new Subscription(f[account], LocalDate.parse(f[start]),
                    f[end].isEmpty() ? null : LocalDate.parse(f[end]), new BigDecimal(f[mrr])));
        }
        return new ReferenceRevenue(subscriptions, asOf);
    }

    LocalDate snapshot(YearMonth month) {
        return month.equals(YearMonth.from(asOf)) ? asOf : month.atEndOfMonth();
    }

    BigDecimal mrrOn(String account, LocalDate day) {
        BigDecimal sum = BigDecimal.ZERO;
        for (Subscription s : subscriptionsByAccount.get(account)) {
            if (s.activeOn(day)) {
                sum = sum.add(s.mrr());
            }
        }
        return sum;
    }

    private void computeAccounts() {
        for (String account : subscriptionsByAccount.keySet()) {
            BigDecimal[] mrr = new BigDecimal[months.size()];
            String[] movement = new String[months.size()];
            boolean everPaid = false;
            BigDecimal previous = BigDecimal.ZERO;
            for (int i = 0; i < months.size(); i++) {
                mrr[i] = mrrOn(account, snapshot(months.get(i)));
                int change = mrr[i].compareTo(previous);
                if (change == 0) {
                    movement[i] = "";
                } else if (previous.signum() == 0) {
                    movement[i] = everPaid ? "reactivation" : "new";
                } else if (mrr[i].signum() == 0) {
                    movement[i] = "churn";
                } else {
                    movement[i] = change > 0 ? "expansion" : "contraction";
                }
                if (mrr[i].signum() > 0) {
                    everPaid = true;
                }
                previous = mrr[i];
            }
            mrrByAccount.put(account, mrr);
            movementByAccount.put(account, movement);
        }
    }

    private void computeTotals() {
        for (String kind : KINDS) {
            BigDecimal[] zero = new BigDecimal[months.size()];
            Arrays.fill(zero, BigDecimal.ZERO);
            totals.put(kind, zero);
        }
        mrrTotals = new BigDecimal[months.size()];
        Arrays.fill(mrrTotals, BigDecimal.ZERO);
        for (String account : mrrByAccount.keySet()) {
            BigDecimal[] mrr = mrrByAccount.get(account);
            for (int i = 0; i < months.size(); i++) {
                mrrTotals[i] = mrrTotals[i].add(mrr[i]);
                String kind = movementByAccount.get(account)[i];
                if (!kind.isEmpty()) {
                    BigDecimal previous = i == 0 ? BigDecimal.ZERO : mrr[i - 1];
                    totals.get(kind)[i] = totals.get(kind)[i].add(mrr[i].subtract(previous).abs());
                }
            }
        }
    }

    /** Returns {net, gross, accounts} retention from the end of the month 12 months back to the as-of date; ratios null without accounts. */
    Object[] retention() {
        LocalDate startDay = YearMonth.from(asOf).minusMonths(12).atEndOfMonth();
        BigDecimal start = BigDecimal.ZERO;
        BigDecimal end = BigDecimal.ZERO;
        BigDecimal capped = BigDecimal.ZERO;
        long accounts = 0;
        for (String account : subscriptionsByAccount.keySet()) {
            BigDecimal before = mrrOn(account, startDay);
            if (before.signum() > 0) {
                BigDecimal after = mrrOn(account, asOf);
                accounts++;
                start = start.add(before);
                end = end.add(after);
                capped = capped.add(after.min(before));
            }
        }
        if (accounts == 0) {
            return new Object[] {null, null, 0L};
        }
        return new Object[] {end.divide(start, MathContext.DECIMAL128).doubleValue(),
                capped.divide(start, MathContext.DECIMAL128).doubleValue(), accounts};
    }

    BigDecimal sum(String kind, YearMonth from) {
        BigDecimal sum = BigDecimal.ZERO;
        for (int i = 0; i < months.size(); i++) {
            if (!months.get(i).isBefore(from)) {
                sum = sum.add(totals.get(kind)[i]);
            }
        }
        return sum;
    }

    /** Returns expansion / (new + expansion + reactivation) over the months from {@code from}, or null when that is 0/0. */
    Double expansionShare(YearMonth from) {
        BigDecimal denominator = sum("new", from).add(sum("expansion", from)).add(sum("reactivation", from));
        return denominator.signum() == 0 ? null
                : sum("expansion", from).divide(denominator, MathContext.DECIMAL128).doubleValue();
    }

    /** Returns the lines of movements.csv after the header. */
    List<String> movementLines() {
        List<String> lines = new ArrayList<>();
        for (int i = 0; i < months.size(); i++) {
            StringBuilder line = new StringBuilder(months.get(i).toString());
            for (String kind : KINDS) {
                line.append(',').append(totals.get(kind)[i].setScale(2, RoundingMode.HALF_EVEN).toPlainString());
            }
            line.append(',').append(mrrTotals[i].setScale(2, RoundingMode.HALF_EVEN).toPlainString());
            lines.add(line.toString());
        }
        return lines;
    }

    /** Returns the lines of account_mrr.csv after the header: account-months with MRR above 0 or a movement. */
    List<String> accountMrrLines() {
        List<String> lines = new ArrayList<>();
        for (String account : mrrByAccount.keySet()) {
            for (int i = 0; i < months.size(); i++) {
                BigDecimal mrr = mrrByAccount.get(account)[i];
                String movement = movementByAccount.get(account)[i];
                if (mrr.signum() > 0 || !movement.isEmpty()) {
                    lines.add(account + "," + months.get(i) + "," + mrr.setScale(2, RoundingMode.HALF_EVEN).toPlainString()
                            + "," + movement);
                }
            }
        }
        return lines;
    }
}
