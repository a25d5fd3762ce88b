package io.idem.design.measure;

import static java.util.Objects.requireNonNull;

import java.time.LocalDate;
import java.util.List;

/**
 * The operational measures at an as-of date, each list sorted by group name.
 *
 * @param byStarter grouped by what started the plays, {@code segment:NAME} or {@code trigger:NAME}
 */
public record OperationsReport(LocalDate asOf, List<OperationalMeasures> byPlaybook, List<OperationalMeasures> byOwner,
                               List<OperationalMeasures> byStarter) {

    public OperationsReport {
        requireNonNull(asOf, "asOf is null");
        byPlaybook = List.copyOf(byPlaybook);
        byOwner = List.copyOf(byOwner);
        byStarter = List.copyOf(byStarter);
    }
}
