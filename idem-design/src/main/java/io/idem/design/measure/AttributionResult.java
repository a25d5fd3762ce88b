package io.idem.design.measure;

import static java.util.Objects.requireNonNull;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/**
 * How the ledger's expansion MRR splits into attributed, influenced and unattributed; the three add
 * up to {@code expansion}.
 *
 * @param windowDays the attribution window W in days
 * @param entries    the number of expansion and reactivation entries read
 * @param expansion  the MRR of those entries
 */
public record AttributionResult(LocalDate asOf, int windowDays, long entries, BigDecimal expansion, BigDecimal attributed,
                                BigDecimal influenced, BigDecimal unattributed, List<PlaybookAttribution> byPlaybook) {

    public AttributionResult {
        requireNonNull(asOf, "asOf is null");
        requireNonNull(expansion, "expansion is null");
        requireNonNull(attributed, "attributed is null");
        requireNonNull(influenced, "influenced is null");
        requireNonNull(unattributed, "unattributed is null");
        byPlaybook = List.copyOf(byPlaybook);
        if (attributed.add(influenced).add(unattributed).compareTo(expansion) != 0) {
            throw new IllegalArgumentException("attributed " + attributed + " + influenced " + influenced + " + unattributed "
                    + unattributed + " differ from the expansion MRR " + expansion);
        }
    }
}
