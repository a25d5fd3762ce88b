package io.idem.design.measure;

import static java.util.Objects.requireNonNull;

import io.idem.store.Store;
import io.idem.workspace.Workspace;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;

/** Computes the operational measures and the attribution at an as-of date and writes all their files. */
public final class OperationsOutputs {

    private OperationsOutputs() {
    }

    /**
     * Writes {@code operations_by_playbook.csv}, {@code operations_by_owner.csv},
     * {@code operations_by_segment.csv}, {@code attribution.csv}, {@code attribution_summary.json}
     * and, when the workspace has a touchpoints source, {@code touchpoints_by_account.csv} into
     * {@code folder}.
     *
     * @param ledger     the expansion and reactivation entries of the revenue ledger up to {@code asOf}
     * @param windowDays the attribution window, {@link ExpansionAttribution#DEFAULT_WINDOW_DAYS} by default
     */
    public static AttributionResult write(Store store, Workspace workspace, LocalDate asOf, List<LedgerExpansion> ledger, int windowDays,
                                          Path folder) {
        requireNonNull(folder, "folder is null");
        WorkItems items = new WorkItemReader(store).read(asOf);

        OperationsCsvWriter.writeOperations(folder, OperationalMeasureCalculator.compute(items, asOf));
        TouchpointCounter.forWorkspace(store, workspace, asOf).ifPresent(counts -> OperationsCsvWriter.writeTouchpoints(folder, counts));
        AttributionResult attribution = ExpansionAttribution.attribute(ledger, items, asOf, windowDays);
        OperationsCsvWriter.writeAttribution(folder, attribution);
        return attribution;
    }
}
