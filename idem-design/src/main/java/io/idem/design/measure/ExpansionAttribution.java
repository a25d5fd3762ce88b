package io.idem.design.measure;

import static java.util.Objects.requireNonNull;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Links the ledger's expansion MRR to the opportunities and plays that produced it. An expansion of
 * account A on day D goes to the won opportunities of A closed within [D - W, D + W], closest first,
 * each taking at most what is left of its actual MRR; what they cannot take stays unattributed.
 * When A won no opportunity in that window, the expansion is influenced by A's latest play started
 * within [D - W, D]. Expansions are matched in date order, so an earlier one uses an opportunity's
 * MRR first. Everything else is unattributed.
 */
public final class ExpansionAttribution {

    /** The default attribution window in days. */
    public static final int DEFAULT_WINDOW_DAYS = 90;

    private static final Comparator<LedgerExpansion> LEDGER_ORDER = Comparator.comparing(LedgerExpansion::date)
            .thenComparing(LedgerExpansion::accountId);

    private ExpansionAttribution() {
    }

    /**
     * Attributes {@code ledger} to {@code items}' won opportunities and plays at {@code asOf}.
     *
     * @throws IllegalArgumentException when {@code windowDays} is negative
     */
    public static AttributionResult attribute(List<LedgerExpansion> ledger, WorkItems items, LocalDate asOf, int windowDays) {
        requireNonNull(ledger, "ledger is null");
        requireNonNull(items, "items is null");
        requireNonNull(asOf, "asOf is null");
        if (windowDays < 0) {
            throw new IllegalArgumentException("attribution window is " + windowDays + " days; use 0 or more");
        }

        Map<String, PlayRecord> plays = new HashMap<>();
        Map<String, List<PlayRecord>> playsByAccount = new HashMap<>();
        for (PlayRecord play : items.plays()) {
            plays.put(play.playId(), play);
            playsByAccount.computeIfAbsent(play.accountId(), k -> new ArrayList<>()).add(play);
        }
        Map<String, List<OpportunityRecord>> wonByAccount = new HashMap<>();
        Map<String, BigDecimal> capacity = new HashMap<>();
        for (OpportunityRecord opportunity : items.opportunities()) {
            if (opportunity.wonBy(asOf)) {
                wonByAccount.computeIfAbsent(opportunity.accountId(), k -> new ArrayList<>()).add(opportunity);
                capacity.put(opportunity.opportunityId(), opportunity.actualMrr());
            }
        }

        Map<String, BigDecimal[]> byPlaybook = new TreeMap<>();
        BigDecimal expansion = BigDecimal.ZERO;
        BigDecimal attributed = BigDecimal.ZERO;
        BigDecimal influenced = BigDecimal.ZERO;
        List<LedgerExpansion> ordered = ledger.stream().sorted(LEDGER_ORDER).toList();
        for (LedgerExpansion entry : ordered) {
            expansion = expansion.add(entry.amount());
            List<OpportunityRecord> matches = matching(wonByAccount.getOrDefault(entry.accountId(), List.of()), entry.date(), windowDays);
            if (!matches.isEmpty()) {
                BigDecimal left = entry.amount();
                for (OpportunityRecord opportunity : matches) {
                    BigDecimal taken = left.min(capacity.get(opportunity.opportunityId()));
                    capacity.merge(opportunity.opportunityId(), taken.negate(), BigDecimal::add);
                    left = left.subtract(taken);
                    attributed = attributed.add(taken);
                    PlayRecord play = opportunity.playId() == null ? null : plays.get(opportunity.playId());
                    add(byPlaybook, play == null ? "" : play.playbook(), 0, taken);
                }
                continue;
            }
            PlayRecord play = influencing(playsByAccount.getOrDefault(entry.accountId(), List.of()), entry.date(), windowDays);
            if (play != null) {
                influenced = influenced.add(entry.amount());
                add(byPlaybook, play.playbook(), 1, entry.amount());
            }
        }

        List<PlaybookAttribution> rows = new ArrayList<>();
        byPlaybook.forEach((name, sums) -> rows.add(new PlaybookAttribution(name, sums[0], sums[1])));
        return new AttributionResult(asOf, windowDays, ordered.size(), expansion, attributed, influenced,
                expansion.subtract(attributed).subtract(influenced), rows);
    }

    /** Returns the won opportunities closed within {@code windowDays} of {@code day}, closest first, then earliest, then by id. */
    private static List<OpportunityRecord> matching(List<OpportunityRecord> won, LocalDate day, int windowDays) {
        return won.stream()
                .filter(o -> Math.abs(ChronoUnit.DAYS.between(day, o.closedOn())) <= windowDays)
                .sorted(Comparator.<OpportunityRecord>comparingLong(o -> Math.abs(ChronoUnit.DAYS.between(day, o.closedOn())))
                        .thenComparing(OpportunityRecord::closedOn)
                        .thenComparing(OpportunityRecord::opportunityId))
                .toList();
    }

    /** Returns the latest play started within [day - windowDays, day], by play id on a tie, or null. */
    private static PlayRecord influencing(List<PlayRecord> plays, LocalDate day, int windowDays) {
        LocalDate from = day.minusDays(windowDays);
        return plays.stream()
                .filter(p -> !p.startedOn().isBefore(from) && !p.startedOn().isAfter(day))
                .max(Comparator.comparing(PlayRecord::startedOn).thenComparing(PlayRecord::playId, Comparator.reverseOrder()))
                .orElse(null);
    }

    private static void add(Map<String, BigDecimal[]> byPlaybook, String playbook, int column, BigDecimal amount) {
        BigDecimal[] sums = byPlaybook.computeIfAbsent(playbook, k -> new BigDecimal[] {BigDecimal.ZERO, BigDecimal.ZERO});
        sums[column] = sums[column].add(amount);
    }
}
