package io.idem.design.playbook;

import io.idem.identify.AccountFrame;
import io.idem.identify.SegmentEngine;
import io.idem.workspace.Playbook;
import io.idem.workspace.Workspace;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Decides which plays a run starts and what the steps of every open play do. A playbook starts for
 * each account that entered its segment or for which its trigger fired in this run, unless a play
 * of the same playbook for that account is still in its cooldown. Ids derive from the playbook,
 * account and start date, so planning the same run twice gives the same ids and a repeated run
 * inserts nothing new. {@link StepAdvancer} moves plays through their steps.
 */
public final class PlayPlanner {

    private static final Pattern FIELD = Pattern.compile("\\{([a-z][a-z0-9_]*)}");

    private PlayPlanner() {
    }

    /**
     * @param cooldowns      playbook to account to the last cooldown end of its plays
     * @param assignedSoFar  team to the number of plays assigned round-robin so far
     */
    public static PlayPlan plan(Workspace workspace, AccountFrame frame, LocalDate asOf, Map<String, SegmentEngine.Change> segments,
                                Map<String, List<String>> firedTriggers, Map<String, Map<String, LocalDate>> cooldowns,
                                Map<String, Integer> assignedSoFar) {
        return plan(workspace, frame, asOf, segments, firedTriggers, cooldowns, assignedSoFar, OfferChooser.NONE);
    }

    /** Plans as above; playbooks whose offer is {@code recommended} take the offer {@code chooser} picks. */
    public static PlayPlan plan(Workspace workspace, AccountFrame frame, LocalDate asOf, Map<String, SegmentEngine.Change> segments,
                                Map<String, List<String>> firedTriggers, Map<String, Map<String, LocalDate>> cooldowns,
                                Map<String, Integer> assignedSoFar, OfferChooser chooser) {
        return plan(workspace, frame, asOf, segments, firedTriggers, cooldowns, assignedSoFar, chooser, StepState.NONE);
    }

    /**
     * Plans as above, and also moves the open plays of {@code state} through their steps. New plays
     * start at their first step on {@code asOf} and go on in the same run as far as their steps allow.
     */
    public static PlayPlan plan(Workspace workspace, AccountFrame frame, LocalDate asOf, Map<String, SegmentEngine.Change> segments,
                                Map<String, List<String>> firedTriggers, Map<String, Map<String, LocalDate>> cooldowns,
                                Map<String, Integer> assignedSoFar, OfferChooser chooser, StepState state) {
        List<Play> plays = new ArrayList<>();
        List<Opportunity> opportunities = new ArrayList<>();
        List<PlayPlan.Skipped> skipped = new ArrayList<>();
        OwnerAssigner owners = new OwnerAssigner(workspace, frame, assignedSoFar, state.openTasksByOwner());
        StepAdvancer steps = new StepAdvancer(new StepContext(workspace, frame, asOf, owners, chooser, state));
        for (StepState.OpenPlay open : state.openPlays()) {
            Playbook playbook = workspace.playbooks().get(open.playbook());
            if (playbook != null && open.currentStep() != null && !leftItsSegment(open, segments)) {
                steps.advance(playbook, open);
            }
        }

        for (Playbook playbook : workspace.playbooks().values()) {
            List<String> candidates;
            String startedBy;
            if (playbook.segment() != null) {
                SegmentEngine.Change change = segments.get(playbook.segment());
                candidates = change == null ? List.of() : change.entered().stream().sorted().toList();
                startedBy = "segment:" + playbook.segment();
            } else {
                candidates = firedTriggers.getOrDefault(playbook.trigger(), List.of()).stream().sorted().toList();
                startedBy = "trigger:" + playbook.trigger();
            }
            Map<String, LocalDate> playbookCooldowns = cooldowns.getOrDefault(playbook.name(), Map.of());
            for (String account : candidates) {
                LocalDate until = playbookCooldowns.get(account);
                if (until != null && until.isAfter(asOf)) {
                    skipped.add(new PlayPlan.Skipped(playbook.name(), account, "in cooldown until " + until));
                    continue;
                }
                int row = frame.rowOf(account);
                Optional<BigDecimal> value = Optional.empty();
                String offer = playbook.offer();
                if (playbook.motion() != null && Playbook.RECOMMENDED_OFFER.equals(offer)) {
                    Optional<OfferChooser.Choice> choice = chooser.choose(account, playbook.motion());
                    if (choice.isEmpty()) {
                        skipped.add(new PlayPlan.Skipped(playbook.name(), account, "no " + playbook.motion().configName()
                                + " recommendation for this account"));
                        continue;
                    }
                    offer = choice.get().offer();
                    value = Optional.of(choice.get().incrementalMrr().setScale(2, java.math.RoundingMode.HALF_EVEN));
                } else if (playbook.motion() != null) {
                    value = OfferValuation.incrementalMrr(workspace.offers(), playbook.motion(), playbook.offer(),
                            stringValue(frame, "plan", row), numberValue(frame, "seats", row));
                    if (value.isEmpty()) {
                        skipped.add(new PlayPlan.Skipped(playbook.name(), account, "offer '" + playbook.offer()
                                + "' has no value for this account (plan " + stringValue(frame, "plan", row) + ")"));
                        continue;
                    }
                }
                String dedupKey = playbook.name() + "|" + account + "|" + asOf;
                String playId = id("play", dedupKey);
                String owner = owners.ownerFor(playbook.owner(), row, null);
                plays.add(new Play(playId, dedupKey, playbook.name(), account, startedBy, asOf,
                        asOf.plusDays(playbook.cooldownDays()), "open", owner));
                if (value.isPresent()) {
                    String opportunityId = id("opportunity", dedupKey);
                    opportunities.add(new Opportunity(opportunityId, playId, account, playbook.motion(), offer,
                            value.get(), Opportunity.FIRST_STAGE, owner, asOf));
                    steps.opportunityCreated(playId, opportunityId);
                }
                String first = playbook.steps().isEmpty() ? null : playbook.steps().get(0).name();
                StepState.OpenPlay started = new StepState.OpenPlay(playId, dedupKey, playbook.name(), account, owner, first, asOf,
                        startedBy);
                if (first == null) {
                    steps.progress.add(new PlayPlan.PlayProgress(playId, null, null));
                } else {
                    steps.advance(playbook, started, true);
                }
            }
        }
        opportunities.addAll(steps.opportunities);
        return new PlayPlan(plays, steps.tasks, opportunities, skipped, steps.records, steps.checklist, steps.emails, steps.webhooks,
                steps.attributes, steps.stageMoves, steps.progress);
    }

    /** Returns whether the play's account left, in this run, the segment that started the play, which cancels the play. */
    private static boolean leftItsSegment(StepState.OpenPlay play, Map<String, SegmentEngine.Change> segments) {
        if (play.startedBy() == null || !play.startedBy().startsWith("segment:")) {
            return false;
        }
        SegmentEngine.Change change = segments.get(play.startedBy().substring("segment:".length()));
        return change != null && change.left().contains(play.accountId());
    }

    /** Replaces {field} with the account's value of that field; an unknown or missing field stays visible as {field}. */
    static String fillTemplate(String template, AccountFrame frame, int row) {
        Matcher matcher = FIELD.matcher(template);
        StringBuilder text = new StringBuilder();
        while (matcher.find()) {
            String name = matcher.group(1);
            Object value = frame.has(name) ? frame.value(name, row) : null;
            String replacement = value == null ? matcher.group(0) : display(value);
            matcher.appendReplacement(text, Matcher.quoteReplacement(replacement));
        }
        matcher.appendTail(text);
        return text.toString();
    }

    static String display(Object value) {
        if (value instanceof Double number) {
            return number == Math.rint(number) ? String.valueOf(number.longValue()) : String.format(java.util.Locale.ROOT, "%.1f", number);
        }
        return value.toString();
    }

    static String stringValue(AccountFrame frame, String name, int row) {
        return frame.has(name) && frame.value(name, row) instanceof String text ? text : null;
    }

    static Double numberValue(AccountFrame frame, String name, int row) {
        return frame.has(name) && frame.value(name, row) instanceof Number number ? number.doubleValue() : null;
    }

    static String id(String kind, String key) {
        return UUID.nameUUIDFromBytes((kind + "|" + key).getBytes(StandardCharsets.UTF_8)).toString();
    }
}
