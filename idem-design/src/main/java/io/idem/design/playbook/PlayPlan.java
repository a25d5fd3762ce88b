package io.idem.design.playbook;

import java.time.LocalDate;
import java.util.List;

/**
 * What a run starts and does: plays, their tasks and opportunities, the accounts skipped with the
 * reason (cooldown, no offer value), and what each play's steps do in this run. Computed without
 * writing, so a dry run shows it exactly; only webhook outcomes are known after the calls.
 */
public record PlayPlan(List<Play> plays, List<Task> tasks, List<Opportunity> opportunities, List<Skipped> skipped,
                       List<StepRecord> steps, List<ChecklistItem> checklist, List<EmailDraft> emails, List<WebhookCall> webhooks,
                       List<AttributeUpdate> attributes, List<StageMove> stageMoves, List<PlayProgress> progress) {

    public PlayPlan {
        plays = List.copyOf(plays);
        tasks = List.copyOf(tasks);
        opportunities = List.copyOf(opportunities);
        skipped = List.copyOf(skipped);
        steps = List.copyOf(steps);
        checklist = List.copyOf(checklist);
        emails = List.copyOf(emails);
        webhooks = List.copyOf(webhooks);
        attributes = List.copyOf(attributes);
        stageMoves = List.copyOf(stageMoves);
        progress = List.copyOf(progress);
    }

    /** Creates a plan that only starts plays, with no step activity. */
    public PlayPlan(List<Play> plays, List<Task> tasks, List<Opportunity> opportunities, List<Skipped> skipped) {
        this(plays, tasks, opportunities, skipped, List.of(), List.of(), List.of(), List.of(), List.of(), List.of(), List.of());
    }

    /** An account a playbook would have started for, and why it did not. */
    public record Skipped(String playbook, String accountId, String reason) {
    }

    /**
     * One visit of a play to a step in this run. {@code enteredOn} is when the play reached the step
     * (an earlier run's date when it was already waiting there); {@code status} is active when the
     * play stays on the step, else done. {@code action} describes what the step does, in words.
     */
    public record StepRecord(String playId, String playbook, String accountId, String step, String kind, String status,
                             LocalDate enteredOn, LocalDate finishedOn, String action) {
    }

    /** An item of a task's checklist; {@code itemNo} counts from 1 in the order of idem.yaml. */
    public record ChecklistItem(String taskId, int itemNo, String text) {
    }

    /** An email draft for the owner to send. {@code bodyHtml} has every account value HTML-escaped. */
    public record EmailDraft(String draftId, String playId, String accountId, String step, String owner, String subject,
                             String bodyText, String bodyHtml, LocalDate createdOn) {
    }

    /**
     * A webhook call to make: the JSON {@code body} goes to {@code url}, signed with the key in the
     * environment variable {@code secretEnv} when set. {@code deliveryId} is the same on every attempt
     * and every repeat of the run, so a receiver can drop duplicates.
     */
    public record WebhookCall(String deliveryId, String playId, String playbook, String accountId, String step, LocalDate enteredOn,
                              java.net.URI url, String body, String secretEnv, int timeoutSeconds, int retries) {
    }

    /** A new value of an account field; {@code value} is its text form, null for missing. */
    public record AttributeUpdate(String accountId, String field, String value, String playId, String step) {
    }

    /** A move of a play's opportunity to a stage. */
    public record StageMove(String playId, String accountId, String step, String opportunityId, String stage, LocalDate enteredOn) {
    }

    /** A play's position after this run: its current step and since when, or {@code currentStep} null when it finished. */
    public record PlayProgress(String playId, String currentStep, LocalDate stepSince) {
    }
}
