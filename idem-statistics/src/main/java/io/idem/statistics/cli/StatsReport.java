package io.idem.statistics.cli;

import static java.util.Objects.requireNonNull;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.idem.statistics.variance.CupedResult;
import java.util.List;

/**
 * JSON document written by the {@code proportions} and {@code means} subcommands.
 *
 * @param metric "proportions" or "means"
 * @param method frequentist, bayesian or sequential
 * @param arms input arms, control first
 * @param cuped CUPED adjustment applied before the comparisons; omitted when no covariate was given
 * @param comparisons one entry per treatment arm against the control
 * @param notes caveats that apply to the whole report
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
record StatsReport(
        String metric,
        String method,
        List<?> arms,
        CupedResult cuped,
        List<Comparison> comparisons,
        List<String> notes) {

    StatsReport {
        requireNonNull(metric, "metric is null");
        requireNonNull(method, "method is null");
        arms = List.copyOf(arms);
        comparisons = List.copyOf(comparisons);
        notes = List.copyOf(notes);
    }

    /**
     * One treatment arm against the control.
     *
     * @param control name of the control arm
     * @param treatment name of the treatment arm
     * @param result a TestResult, BayesianResult or SequentialResult
     */
    record Comparison(String control, String treatment, Object result) {
    }

    /** Returns the caveat for several treatment arms, or no note for one. */
    static List<String> multipleComparisonNotes(int treatmentArms, double alpha) {
        if (treatmentArms < 2) {
            return List.of();
        }
        return List.of("each of the " + treatmentArms + " treatment arms is compared with the control at alpha = "
                + alpha + " without a multiple-comparison correction");
    }
}
