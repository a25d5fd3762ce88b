package io.idem.design.playbook;

import io.idem.expression.Bindings;
import io.idem.expression.Evaluator;
import io.idem.expression.Expression;
import io.idem.expression.Expressions;
import io.idem.identify.AccountFrame;
import io.idem.workspace.Playbook;
import io.idem.workspace.PlaybookStep;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Moves plays through their steps for one run, without writing anything. A play stays at a step
 * while the step holds it: a blocking task not yet done or cancelled, or a wait not yet over.
 * Otherwise it goes on to the next step, or to a branch's target, until a step holds it or the
 * steps end. Each step is visited at most once per play and run, so a loop of steps advances at
 * most one round per run.
 */
final class StepAdvancer {

    private static final Logger LOG = LoggerFactory.getLogger(StepAdvancer.class);

    private final StepContext context;
    private final Map<String, Expression> parsed = new HashMap<>();
    private final Map<String, String> createdOpportunities = new HashMap<>();
    final List<Task> tasks = new ArrayList<>();
    final List<Opportunity> opportunities = new ArrayList<>();
    final List<PlayPlan.StepRecord> records = new ArrayList<>();
    final List<PlayPlan.ChecklistItem> checklist = new ArrayList<>();
    final List<PlayPlan.EmailDraft> emails = new ArrayList<>();
    final List<PlayPlan.WebhookCall> webhooks = new ArrayList<>();
    final List<PlayPlan.AttributeUpdate> attributes = new ArrayList<>();
    final List<PlayPlan.StageMove> stageMoves = new ArrayList<>();
    final List<PlayPlan.PlayProgress> progress = new ArrayList<>();

    StepAdvancer(StepContext context) {
        this.context = context;
    }

    /** Records an opportunity the play's start created, so a later step of the play in this run can move it. */
    void opportunityCreated(String playId, String opportunityId) {
        createdOpportunities.put(playId, opportunityId);
    }

    /** Moves an open play on from its current step, which it reached on its {@code stepSince}. */
    void advance(Playbook playbook, StepState.OpenPlay play) {
        advance(playbook, play, false);
    }

    /** Moves one play on; {@code started} is true for a play that starts in this run, whose position is not stored yet. */
    void advance(Playbook playbook, StepState.OpenPlay play, boolean started) {
        int row = context.frame().rowOf(play.accountId());
        Map<String, PlaybookStep> byName = new HashMap<>();
        playbook.steps().forEach(step -> byName.put(step.name(), step));
        Set<String> visited = new HashSet<>();
        String current = play.currentStep();
        LocalDate since = play.stepSince();
        while (current != null) {
            PlaybookStep step = byName.get(current);
            if (step == null) {
                LOG.warn("Play {} of playbook {} for account {} is at step '{}', which the playbook no longer has; the play ends",
                        play.playId(), playbook.name(), play.accountId(), current);
                current = null;
                break;
            }
            if (!visited.add(current)) {
                // Back at a step already visited in this run: stay there until the next run.
                since = context.asOf();
                break;
            }
            Outcome outcome = visit(playbook, play, step, since, row);
            if (outcome.holds() && !started && current.equals(play.currentStep()) && visited.size() == 1) {
                // Still held where the last run left it: nothing to record.
                break;
            }
            records.add(new PlayPlan.StepRecord(play.playId(), playbook.name(), play.accountId(), step.name(), step.kind().configName(),
                    outcome.holds() ? "active" : "done", since, outcome.holds() ? null : context.asOf(), outcome.action()));
            if (outcome.holds()) {
                break;
            }
            current = outcome.next() != null ? outcome.next() : following(playbook, step);
            current = PlaybookStep.END.equals(current) ? null : current;
            since = context.asOf();
        }
        if (started || current == null || !current.equals(play.currentStep()) || !since.equals(play.stepSince())) {
            progress.add(new PlayPlan.PlayProgress(play.playId(), current, current == null ? null : since));
        }
    }

    /** The result of a visit: whether the step keeps the play, the jump target if any, and a description. */
    private record Outcome(boolean holds, String next, String action) {
        static Outcome done(String action) {
            return new Outcome(false, null, action);
        }
    }

    private Outcome visit(Playbook playbook, StepState.OpenPlay play, PlaybookStep step, LocalDate since, int row) {
        return switch (step.kind()) {
            case TASK -> task(playbook, play, step, since, row);
            case EMAIL -> email(playbook, play, step, row);
            case WEBHOOK -> webhook(playbook, play, step, since, row);
            case WAIT -> waitStep(playbook, play, step, since, row);
            case BRANCH -> branch(playbook, play, step, row);
            case UPDATE_FIELD -> updateField(playbook, play, step, row);
            case OPPORTUNITY -> opportunity(playbook, play, step, since, row);
        };
    }

    private static String following(Playbook playbook, PlaybookStep step) {
        int index = playbook.steps().indexOf(step);
        return index + 1 < playbook.steps().size() ? playbook.steps().get(index + 1).name() : null;
    }

    private String ownerOf(Playbook playbook, StepState.OpenPlay play, PlaybookStep step, int row) {
        return step.owner().equals(playbook.owner()) ? play.owner() : context.owners().ownerFor(step.owner(), row, playbook.owner());
    }

    private Outcome task(Playbook playbook, StepState.OpenPlay play, PlaybookStep step, LocalDate since, int row) {
        PlaybookStep.TaskAction action = (PlaybookStep.TaskAction) step.action();
        String taskId = PlayPlanner.id("task", play.dedupKey() + "|" + step.name());
        String status = context.state().taskStatuses().get(taskId);
        if (status == null) {
            String owner = ownerOf(playbook, play, step, row);
            LocalDate due = context.asOf().plusDays(step.dueDays());
            String title = PlayPlanner.fillTemplate(step.title(), context.frame(), row);
            tasks.add(new Task(taskId, play.playId(), play.accountId(), step.name(), title, owner, due, "open"));
            context.owners().taskAssigned(owner);
            for (int i = 0; i < action.checklist().size(); i++) {
                checklist.add(new PlayPlan.ChecklistItem(taskId, i + 1, action.checklist().get(i)));
            }
            String description = "create task '" + title + "' for " + (owner == null ? "(no owner)" : owner) + ", due " + due
                    + (action.checklist().isEmpty() ? "" : ", " + action.checklist().size() + " checklist item(s)");
            return new Outcome(action.blocking(), null, description + (action.blocking() ? "; wait until it is done" : ""));
        }
        if (status.equals("done") || status.equals("cancelled")) {
            return Outcome.done("task " + taskId + " is " + status);
        }
        return new Outcome(action.blocking(), null, "task " + taskId + " is " + status + (action.blocking() ? "; wait until it is done" : ""));
    }

    private Outcome email(Playbook playbook, StepState.OpenPlay play, PlaybookStep step, int row) {
        PlaybookStep.EmailAction action = (PlaybookStep.EmailAction) step.action();
        String owner = ownerOf(playbook, play, step, row);
        String subject = PlayPlanner.fillTemplate(action.subject(), context.frame(), row);
        String text = action.html() ? EmailRenderer.toText(action.body(), context.frame(), row)
                : PlayPlanner.fillTemplate(action.body(), context.frame(), row);
        String html = EmailRenderer.toHtml(action.body(), action.html(), context.frame(), row);
        String draftId = PlayPlanner.id("email", play.dedupKey() + "|" + step.name() + "|" + context.asOf());
        emails.add(new PlayPlan.EmailDraft(draftId, play.playId(), play.accountId(), step.name(), owner, subject, text, html, context.asOf()));
        return Outcome.done("draft email '" + subject + "' for " + (owner == null ? "(no owner)" : owner) + " to send");
    }

    private Outcome webhook(Playbook playbook, StepState.OpenPlay play, PlaybookStep step, LocalDate since, int row) {
        PlaybookStep.WebhookAction action = (PlaybookStep.WebhookAction) step.action();
        String deliveryId = PlayPlanner.id("webhook", play.dedupKey() + "|" + step.name() + "|" + since);
        Map<String, Object> fields = new java.util.LinkedHashMap<>();
        for (String name : action.fields()) {
            fields.put(name, context.frame().has(name) && row >= 0 ? context.frame().value(name, row) : null);
        }
        String body = WebhookBody.json(deliveryId, play, playbook.name(), step.name(), context.asOf(), fields);
        webhooks.add(new PlayPlan.WebhookCall(deliveryId, play.playId(), playbook.name(), play.accountId(), step.name(), since,
                action.url(), body, action.secretEnv(), action.timeoutSeconds(), action.retries()));
        return Outcome.done("POST " + action.url() + (action.secretEnv() == null ? "" : " signed with $" + action.secretEnv())
                + " with " + (fields.isEmpty() ? "no fields" : String.join(", ", fields.keySet())));
    }

    private Outcome waitStep(Playbook playbook, StepState.OpenPlay play, PlaybookStep step, LocalDate since, int row) {
        PlaybookStep.WaitAction action = (PlaybookStep.WaitAction) step.action();
        if (action.days() != null) {
            LocalDate until = since.plusDays(action.days());
            return context.asOf().isBefore(until) ? new Outcome(true, null, "wait until " + until)
                    : Outcome.done("waited " + action.days() + " day(s) since " + since);
        }
        if (holds(playbook, play, step, action.until(), row)) {
            return Outcome.done("'" + action.until() + "' holds");
        }
        LocalDate timeout = since.plusDays(action.timeoutDays());
        return context.asOf().isBefore(timeout) ? new Outcome(true, null, "wait until '" + action.until() + "' holds, at the latest " + timeout)
                : Outcome.done("'" + action.until() + "' did not hold by " + timeout + "; timed out");
    }

    private Outcome branch(Playbook playbook, StepState.OpenPlay play, PlaybookStep step, int row) {
        PlaybookStep.BranchAction action = (PlaybookStep.BranchAction) step.action();
        boolean holds = holds(playbook, play, step, action.condition(), row);
        String target = holds ? action.thenStep() : action.elseStep();
        String shown = target == null ? following(playbook, step) : target;
        return new Outcome(false, target, "'" + action.condition() + "' " + (holds ? "holds" : "does not hold") + ": go to "
                + (shown == null ? PlaybookStep.END : shown));
    }

    private Outcome updateField(Playbook playbook, StepState.OpenPlay play, PlaybookStep step, int row) {
        PlaybookStep.UpdateFieldAction action = (PlaybookStep.UpdateFieldAction) step.action();
        String value = action.value();
        if (action.expression() != null) {
            Object computed = evaluate(playbook, play, step, action.expression(), row);
            value = computed == null ? null : PlayPlanner.display(computed);
            if (computed instanceof Double number && number != Math.rint(number)) {
                value = number.toString();
            }
        }
        attributes.add(new PlayPlan.AttributeUpdate(play.accountId(), action.field(), value, play.playId(), step.name()));
        return Outcome.done("set " + action.field() + " = " + (value == null ? "(missing)" : "'" + value + "'"));
    }

    private Outcome opportunity(Playbook playbook, StepState.OpenPlay play, PlaybookStep step, LocalDate since, int row) {
        PlaybookStep.OpportunityAction action = (PlaybookStep.OpportunityAction) step.action();
        if (action.motion() == null) {
            String opportunityId = createdOpportunities.getOrDefault(play.playId(), context.state().playOpportunities().get(play.playId()));
            if (opportunityId == null) {
                LOG.warn("Play {} of playbook {} for account {}: step {} has no opportunity to move to {}", play.playId(), playbook.name(),
                        play.accountId(), step.name(), action.stage());
                return Outcome.done("no opportunity of this play to move to " + action.stage());
            }
            stageMoves.add(new PlayPlan.StageMove(play.playId(), play.accountId(), step.name(), opportunityId, action.stage(), since));
            return Outcome.done("move opportunity " + opportunityId + " to " + action.stage());
        }
        String offer = action.offer();
        Optional<BigDecimal> value;
        if (Playbook.RECOMMENDED_OFFER.equals(offer)) {
            Optional<OfferChooser.Choice> choice = context.chooser().choose(play.accountId(), action.motion());
            offer = choice.map(OfferChooser.Choice::offer).orElse(offer);
            value = choice.map(c -> c.incrementalMrr().setScale(2, java.math.RoundingMode.HALF_EVEN));
        } else {
            value = OfferValuation.incrementalMrr(context.workspace().offers(), action.motion(), offer,
                    PlayPlanner.stringValue(context.frame(), "plan", row), PlayPlanner.numberValue(context.frame(), "seats", row));
        }
        if (value.isEmpty()) {
            return Outcome.done("offer '" + offer + "' has no value for this account; no opportunity created");
        }
        String opportunityId = PlayPlanner.id("opportunity", play.dedupKey() + "|" + step.name());
        String owner = ownerOf(playbook, play, step, row);
        opportunities.add(new Opportunity(opportunityId, play.playId(), play.accountId(), action.motion(), offer, value.get(),
                Opportunity.FIRST_STAGE, owner, context.asOf()));
        createdOpportunities.put(play.playId(), opportunityId);
        return Outcome.done("create opportunity " + action.motion().configName() + " " + offer + ", expected MRR " + value.get());
    }

    private boolean holds(Playbook playbook, StepState.OpenPlay play, PlaybookStep step, String condition, int row) {
        return Boolean.TRUE.equals(evaluate(playbook, play, step, condition, row));
    }

    /** Evaluates a step expression for the play's account; an error is logged and gives a missing value. */
    private Object evaluate(Playbook playbook, StepState.OpenPlay play, PlaybookStep step, String text, int row) {
        if (row < 0) {
            return null;
        }
        try {
            Expression expression = parsed.computeIfAbsent(text, Expressions::parse);
            AccountFrame frame = context.frame();
            return Evaluator.evaluate(expression, Bindings.of(frame.row(row), context.asOf()));
        } catch (RuntimeException e) {
            LOG.warn("Play {} of playbook {} for account {}: step {} cannot evaluate '{}': {}", play.playId(), playbook.name(),
                    play.accountId(), step.name(), text, e.getMessage());
            return null;
        }
    }
}
