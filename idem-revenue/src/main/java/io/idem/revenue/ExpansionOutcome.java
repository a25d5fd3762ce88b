package io.idem.revenue;

import static java.util.Objects.requireNonNull;

import java.time.LocalDate;
import java.util.Set;

/**
 * The accounts paying on {@code date} and those of them that expanded in the {@code horizonDays} days after it.
 *
 * @param base     accounts with MRR above 0 on {@code date}
 * @param expanded accounts of {@code base} whose MRR on some day in (date, date + horizonDays]
 *                 exceeded their MRR on {@code date}
 * @param expandedOn  the first day within the window on which each expanded account's MRR exceeded its MRR on {@code date}
 */
public record ExpansionOutcome(LocalDate date, int horizonDays, Set<String> base, Set<String> expanded,
                               java.util.Map<String, LocalDate> expandedOn) {

    public ExpansionOutcome {
        requireNonNull(date, "date is null");
        base = Set.copyOf(base);
        expanded = Set.copyOf(expanded);
        expandedOn = java.util.Map.copyOf(expandedOn);
        if (!base.containsAll(expanded)) {
            throw new IllegalArgumentException("every expanded account must be in the base population");
        }
    }
}
