package io.idem.design.successplan;

import io.idem.design.workitem.ObjectiveService;
import io.idem.expression.Expression;
import io.idem.expression.ExpressionException;
import io.idem.expression.Expressions;
import io.idem.expression.Scope;
import io.idem.expression.TypeChecker;
import io.idem.identify.AccountFrame;
import io.idem.identify.Conditions;
import io.idem.identify.Definitions;
import io.idem.identify.JourneyEngine;
import io.idem.store.Store;
import io.idem.store.StoreException;
import io.idem.workspace.SuccessPlanTemplate;
import java.nio.charset.StandardCharsets;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Creates success plans from templates, and on each run marks objectives with a condition
 * achieved or missed and computes the per-account objective counts that expressions use. Writes
 * join the caller's transaction.
 *
 * <p>A run marks an open objective achieved when its condition is true at an as-of on or before
 * its target date, and missed at the first as-of after its target date. Objectives without a condition
 * change only by hand ({@code idem plans update}).
 */
public final class SuccessPlans {

    private static final Logger LOG = LoggerFactory.getLogger(SuccessPlans.class);

    /** The counts of objectives per account after a run's automatic changes. */
    public record ObjectiveCounts(int overdue, int achieved) {
    }

    /** The objectives a run marked achieved and missed. */
    public record RunChanges(int achieved, int missed) {
    }

    private final Store store;

    public SuccessPlans(Store store) {
        this.store = store;
    }

    /**
     * Creates a plan from {@code template} for one account, unless a plan with the same
     * {@code dedupKey} exists. Playbook steps and other callers use this; runs create the plans of
     * stage entries through {@link #createForStageEntries}.
     *
     * @param owner     owner of objectives whose template names none; null leaves them without owner
     * @param createdBy what created the plan, for example {@code playbook onboarding_kickoff}
     * @param dedupKey  a key that is the same when the same cause would create the plan again
     * @return the new plan's id, or empty when a plan with this key already exists
     */
    public Optional<String> createPlan(SuccessPlanTemplate template, String accountId, String owner, LocalDate createdOn, String createdBy,
                                       String dedupKey, String runId) {
        String key = template.name() + "|" + dedupKey;
        if (!existingKeys(Set.of(key)).isEmpty()) {
            return Optional.empty();
        }
        List<Object[]> plans = new ArrayList<>();
        List<Object[]> objectives = new ArrayList<>();
        String planId = addPlan(template, accountId, owner, createdOn, createdBy, key, runId, plans, objectives);
        insert(plans, objectives);
        LOG.info("Run {}: created success plan {} ({}) for account {}", runId, planId, template.name(), accountId);
        return Optional.of(planId);
    }

    /**
     * Creates a plan of each template whose {@code for_stage} an account entered in this run. An
     * account enters its first stage on its first run with a journey, so the first run creates the
     * plans of every account already in such a stage. Returns the number of plans created.
     */
    public int createForStageEntries(Map<String, SuccessPlanTemplate> templates, AccountFrame frame, JourneyEngine.Evaluation journey,
                                     LocalDate asOf, String runId) {
        Map<String, String> keys = new HashMap<>();
        Map<String, Object[]> causes = new HashMap<>();
        for (JourneyEngine.Change change : journey.changes()) {
            for (SuccessPlanTemplate template : templates.values()) {
                if (change.next().stage().equals(template.forStage())) {
                    String key = template.name() + "|" + change.accountId() + "|stage " + template.forStage() + " on " + asOf;
                    keys.put(key, template.name());
                    causes.put(key, new Object[] {template, change.accountId()});
                }
            }
        }
        if (keys.isEmpty()) {
            return 0;
        }
        Set<String> existing = existingKeys(keys.keySet());
        Object[] owners = frame.has("owner") ? frame.column("owner") : null;
        List<Object[]> plans = new ArrayList<>();
        List<Object[]> objectives = new ArrayList<>();
        for (Map.Entry<String, Object[]> cause : causes.entrySet()) {
            if (existing.contains(cause.getKey())) {
                continue;
            }
            SuccessPlanTemplate template = (SuccessPlanTemplate) cause.getValue()[0];
            String account = (String) cause.getValue()[1];
            int row = frame.rowOf(account);
            String owner = owners != null && row >= 0 && owners[row] instanceof String name && !name.isBlank() ? name : null;
            addPlan(template, account, owner, asOf, "stage " + template.forStage(), cause.getKey(), runId, plans, objectives);
        }
        insert(plans, objectives);
        return plans.size();
    }

    /**
     * Marks the open objectives with a condition of the frame's accounts achieved or missed at
     * {@code asOf}, with the change in the audit trail. A stored condition that the current
     * workspace can no longer check (a feature was removed) is logged and skipped.
     */
    public RunChanges evaluateObjectives(Definitions definitions, AccountFrame frame, LocalDate asOf, String runId) {
        ObjectiveService objectives = new ObjectiveService(store);
        Map<String, Boolean[]> evaluated = new HashMap<>();
        Set<String> skipped = new HashSet<>();
        Map<String, String> closing = new java.util.LinkedHashMap<>();
        for (OpenObjective objective : openObjectives()) {
            int row = frame.rowOf(objective.accountId());
            if (row < 0) {
                continue;
            }
            if (asOf.isAfter(objective.targetOn())) {
                closing.put(objective.objectiveId(), "missed");
                continue;
            }
            if (skipped.contains(objective.condition())) {
                continue;
            }
            Boolean[] holds = evaluated.get(objective.condition());
            if (holds == null) {
                Expression condition = condition(definitions, objective.condition(), runId, objective.objectiveId());
                if (condition == null) {
                    skipped.add(objective.condition());
                    continue;
                }
                holds = Conditions.evaluate(condition, frame, asOf);
                evaluated.put(objective.condition(), holds);
            }
            if (holds[row]) {
                closing.put(objective.objectiveId(), "achieved");
            }
        }
        Map<String, Integer> changed = objectives.closeAllByRun(closing, asOf, runId);
        return new RunChanges(changed.getOrDefault("achieved", 0), changed.getOrDefault("missed", 0));
    }

    /**
     * Adds the columns {@link Definitions#OBJECTIVES_OVERDUE} and {@link Definitions#OBJECTIVES_ACHIEVED}
     * to the frame: 0 for accounts without objectives.
     */
    public void putCounts(AccountFrame frame, LocalDate asOf) {
        Map<String, ObjectiveCounts> counts = counts(asOf);
        Object[] overdue = frame.newColumn();
        Object[] achieved = frame.newColumn();
        for (int row = 0; row < frame.size(); row++) {
            ObjectiveCounts count = counts.getOrDefault(frame.accountIds().get(row), new ObjectiveCounts(0, 0));
            overdue[row] = (double) count.overdue();
            achieved[row] = (double) count.achieved();
        }
        frame.put(Definitions.OBJECTIVES_OVERDUE, overdue);
        frame.put(Definitions.OBJECTIVES_ACHIEVED, achieved);
    }

    /** Returns per account the objectives past their target date on {@code asOf} and not achieved or cancelled, and those achieved. */
    public Map<String, ObjectiveCounts> counts(LocalDate asOf) {
        Map<String, ObjectiveCounts> counts = new HashMap<>();
        String sql = "SELECT p.account_id, "
                + "SUM(CASE WHEN o.status NOT IN ('achieved', 'cancelled') AND o.target_on < ? THEN 1 ELSE 0 END), "
                + "SUM(CASE WHEN o.status = 'achieved' THEN 1 ELSE 0 END) "
                + "FROM objective o JOIN success_plan p ON p.plan_id = o.plan_id GROUP BY p.account_id";
        try (PreparedStatement select = store.connection().prepareStatement(sql)) {
            select.setObject(1, java.sql.Date.valueOf(asOf));
            try (ResultSet rows = select.executeQuery()) {
                while (rows.next()) {
                    counts.put(rows.getString(1), new ObjectiveCounts(rows.getInt(2), rows.getInt(3)));
                }
            }
        } catch (SQLException e) {
            throw new StoreException("cannot count objectives: " + e.getMessage(), e);
        }
        return counts;
    }

    private record OpenObjective(String objectiveId, String accountId, LocalDate targetOn, String condition) {
    }

    private List<OpenObjective> openObjectives() {
        List<OpenObjective> open = new ArrayList<>();
        String sql = "SELECT o.objective_id, p.account_id, o.target_on, o.condition_text FROM objective o "
                + "JOIN success_plan p ON p.plan_id = o.plan_id WHERE o.condition_text IS NOT NULL "
                + "AND o.status IN ('not_started', 'in_progress') ORDER BY o.objective_id";
        try (PreparedStatement select = store.connection().prepareStatement(sql);
             ResultSet rows = select.executeQuery()) {
            while (rows.next()) {
                open.add(new OpenObjective(rows.getString(1), rows.getString(2), rows.getObject(3, LocalDate.class), rows.getString(4)));
            }
        } catch (SQLException e) {
            throw new StoreException("cannot read the open objectives: " + e.getMessage(), e);
        }
        return open;
    }

    /** Returns the checked condition for a stored text: the template's when it still has it, else the text checked now. */
    private static Expression condition(Definitions definitions, String text, String runId, String objectiveId) {
        Expression compiled = definitions.objectiveCondition(text);
        if (compiled != null) {
            return compiled;
        }
        try {
            Expression parsed = Expressions.parse(text);
            TypeChecker.checkBoolean(parsed, Scope.of(definitions.types()));
            return parsed;
        } catch (ExpressionException e) {
            LOG.warn("Run {}: objective {} keeps its status because its condition '{}' no longer checks against idem.yaml: {}",
                    runId, objectiveId, text, e.getMessage());
            return null;
        }
    }

    private Set<String> existingKeys(Set<String> keys) {
        Set<String> existing = new HashSet<>();
        List<String> all = new ArrayList<>(keys);
        for (int start = 0; start < all.size(); start += 1_000) {
            List<String> chunk = all.subList(start, Math.min(all.size(), start + 1_000));
            String sql = "SELECT dedup_key FROM success_plan WHERE dedup_key IN ("
                    + String.join(", ", java.util.Collections.nCopies(chunk.size(), "?")) + ")";
            try (PreparedStatement select = store.connection().prepareStatement(sql)) {
                for (int i = 0; i < chunk.size(); i++) {
                    select.setString(i + 1, chunk.get(i));
                }
                try (ResultSet rows = select.executeQuery()) {
                    while (rows.next()) {
                        existing.add(rows.getString(1));
                    }
                }
            } catch (SQLException e) {
                throw new StoreException("cannot read existing success plans: " + e.getMessage(), e);
            }
        }
        return existing;
    }

    private static String addPlan(SuccessPlanTemplate template, String accountId, String owner, LocalDate createdOn, String createdBy,
                                  String key, String runId, List<Object[]> plans, List<Object[]> objectives) {
        String planId = id("plan", key);
        plans.add(new Object[] {planId, key, template.name(), accountId, createdOn, createdOn.plusDays(template.targetDays()), createdBy,
                runId});
        for (SuccessPlanTemplate.ObjectiveTemplate objective : template.objectives()) {
            objectives.add(new Object[] {id("objective", key + "|" + objective.index()), planId, (long) objective.index(), objective.title(),
                    createdOn.plusDays(objective.targetDays()), "not_started", objective.owner() != null ? objective.owner() : owner,
                    objective.condition(), 1L});
        }
        return planId;
    }

    private void insert(List<Object[]> plans, List<Object[]> objectives) {
        store.insertRows("success_plan", List.of("plan_id", "dedup_key", "template_name", "account_id", "created_on", "target_on",
                "created_by", "run_id"), plans, null);
        store.insertRows("objective", List.of("objective_id", "plan_id", "position", "title", "target_on", "status", "owner",
                "condition_text", "version"), objectives, null);
    }

    /** Returns a stable id from the plan's key, so the same cause always gives the same id. */
    private static String id(String kind, String key) {
        return UUID.nameUUIDFromBytes((kind + "|" + key).getBytes(StandardCharsets.UTF_8)).toString();
    }
}
