package io.idem.identify;

import io.idem.expression.Expression;
import io.idem.workspace.Journey;
import io.idem.workspace.JourneyRule;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Gives every account its journey stage at an as-of date: the stage of the first rule under
 * {@code journey.stages} whose condition is true, else the default stage. Compared with the stages
 * open after the previous run, an account whose stage differs changes stage; the others keep
 * the day they entered it. Adds the columns {@link #STAGE} and {@link #DAYS_IN_STAGE} to the frame.
 */
public final class JourneyEngine {

    /** The name expressions use for an account's stage. */
    public static final String STAGE = "journey_stage";
    /** The name expressions use for the whole days since the account entered its stage. */
    public static final String DAYS_IN_STAGE = "days_in_stage";

    private JourneyEngine() {
    }

    /** An account's stage and the rule that set it: a rule label, or {@link Journey#DEFAULT_RULE}. */
    public record Assignment(String stage, String rule) {

        public Assignment {
            Objects.requireNonNull(stage, "stage is null");
            Objects.requireNonNull(rule, "rule is null");
        }
    }

    /** The stage an account is in after a run, since {@code enteredOn}. */
    public record OpenStage(String stage, LocalDate enteredOn, String rule) {

        public OpenStage {
            Objects.requireNonNull(stage, "stage is null");
            Objects.requireNonNull(enteredOn, "enteredOn is null");
        }
    }

    /** A change of stage; {@code previous} is null for an account that had no stage yet. */
    public record Change(String accountId, OpenStage previous, Assignment next) {
    }

    /** The outcome of one run: each account's stage in frame order, and the accounts whose stage changed. */
    public record Evaluation(List<String> accountIds, List<OpenStage> stages, List<Change> changes) {
    }

    /**
     * Returns each account's stage by the rules alone, in frame order, without history. Returns
     * nulls when the workspace defines no journey.
     */
    public static Assignment[] assign(Definitions definitions, AccountFrame frame, LocalDate asOf) {
        Journey journey = definitions.workspace().journey();
        Assignment[] assignments = new Assignment[frame.size()];
        if (!journey.defined()) {
            return assignments;
        }
        for (JourneyRule rule : journey.rules()) {
            Expression condition = definitions.journeyCondition(rule.index());
            Boolean[] holds = Conditions.evaluate(condition, frame, asOf);
            Assignment assignment = new Assignment(rule.stage(), rule.label());
            for (int row = 0; row < frame.size(); row++) {
                if (assignments[row] == null && holds[row]) {
                    assignments[row] = assignment;
                }
            }
        }
        Assignment fallback = new Assignment(journey.defaultStage(), Journey.DEFAULT_RULE);
        for (int row = 0; row < frame.size(); row++) {
            if (assignments[row] == null) {
                assignments[row] = fallback;
            }
        }
        return assignments;
    }

    /**
     * Assigns stages, compares them with {@code open} (account id to the stage open after the
     * previous run) and adds the {@link #STAGE} and {@link #DAYS_IN_STAGE} columns. Without a
     * journey in the workspace, both columns are missing for every account and nothing changes.
     */
    public static Evaluation evaluate(Definitions definitions, AccountFrame frame, LocalDate asOf, Map<String, OpenStage> open) {
        Assignment[] assignments = assign(definitions, frame, asOf);
        Object[] stageColumn = frame.newColumn();
        Object[] daysColumn = frame.newColumn();
        List<OpenStage> stages = new ArrayList<>(frame.size());
        List<Change> changes = new ArrayList<>();
        for (int row = 0; row < frame.size(); row++) {
            Assignment assignment = assignments[row];
            if (assignment == null) {
                stages.add(null);
                continue;
            }
            String account = frame.accountIds().get(row);
            OpenStage previous = open.get(account);
            OpenStage current;
            if (previous != null && previous.stage().equals(assignment.stage())) {
                current = previous;
            } else {
                current = new OpenStage(assignment.stage(), asOf, assignment.rule());
                changes.add(new Change(account, previous, assignment));
            }
            stages.add(current);
            stageColumn[row] = current.stage();
            // A run at an as-of before the day the stage was entered counts 0 days, not a negative number.
            daysColumn[row] = (double) Math.max(0, ChronoUnit.DAYS.between(current.enteredOn(), asOf));
        }
        frame.put(STAGE, stageColumn);
        frame.put(DAYS_IN_STAGE, daysColumn);
        return new Evaluation(frame.accountIds(), stages, changes);
    }
}
