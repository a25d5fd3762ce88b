package io.idem.workspace;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Checks what a single field cannot: that names refer to things that exist, that each source has
 * the canonical columns of its kind, and that features, triggers, segments and health models do
 * not share a name. Expressions are checked by the identify stage, which has their types.
 */
final class ReferenceChecker {

    /** Names that expressions can use for an account's journey stage and success plan objectives. */
    static final List<String> RESERVED_NAMES = List.of("journey_stage", "days_in_stage", "objectives_overdue", "objectives_achieved");

    private final Workspace workspace;
    private final List<ConfigProblem> problems;

    ReferenceChecker(Workspace workspace, List<ConfigProblem> problems) {
        this.workspace = workspace;
        this.problems = problems;
    }

    void check() {
        checkSources();
        checkFeatures();
        checkNames();
        checkHealth();
        checkPlaybooks();
    }

    private void problem(Location location, String field, String value, String message, String fix) {
        Location fallback = location == null ? Location.unknown(workspace.configFile(), field)
                : new Location(location.file(), location.line(), location.column(), field);
        Location found = workspace.locationOf(field, fallback);
        Location at = new Location(found.file(), found.line(), found.column(), field);
        problems.add(new ConfigProblem(at, value, message, fix));
    }

    private void checkSources() {
        for (SourceKind single : List.of(SourceKind.ACCOUNTS, SourceKind.SUBSCRIPTIONS)) {
            List<Source> ofKind = workspace.sourcesOfKind(single);
            if (ofKind.size() > 1) {
                problem(ofKind.get(1).location(), "sources." + ofKind.get(1).name() + ".kind", single.configName(),
                        "a workspace has at most one source of kind " + single.configName(), "merge the files into one source");
            }
        }
        for (Source source : workspace.sources().values()) {
            String path = "sources." + source.name();
            for (String required : source.kind().requiredColumns()) {
                if (!source.columns().containsKey(required)) {
                    problem(source.location(), path + ".columns", required, "a source of kind " + source.kind().configName()
                            + " needs the column '" + required + "'",
                            "add '" + required + ": {from: HEADER_IN_FILE, type: ...}' under " + path + ".columns");
                }
            }
            for (String key : source.key()) {
                if (!source.columns().containsKey(key)) {
                    problem(source.location(), path + ".key", key, "key column is not declared", Suggestions.hint(key, source.columns().keySet()));
                }
            }
            boolean needsAccount = source.kind() != SourceKind.ACCOUNTS && source.kind() != SourceKind.OTHER;
            if (needsAccount && !source.hasAccountId() && source.accountLink() == null) {
                problem(source.location(), path, source.name(), "rows of this source cannot be tied to an account",
                        "add an 'account_id' column, or 'account_link: {source: subscriptions, column: subscription_id}'");
            }
            AccountLink link = source.accountLink();
            if (link != null) {
                Source target = workspace.sources().get(link.source());
                if (target == null) {
                    problem(link.location(), path + ".account_link.source", link.source(), "unknown source",
                            Suggestions.hint(String.valueOf(link.source()), workspace.sources().keySet()));
                } else if (!target.hasAccountId()) {
                    problem(link.location(), path + ".account_link.source", link.source(), "the linked source has no account_id column",
                            "link to a source that declares account_id");
                } else if (target.key().size() != 1 || !target.key().get(0).equals(link.column())) {
                    problem(link.location(), path + ".account_link.column", link.column(),
                            "the link column must be the single key column of source '" + link.source() + "'",
                            "set 'key: [" + link.column() + "]' on source '" + link.source() + "'");
                }
                if (link.column() != null && !source.columns().containsKey(link.column())) {
                    problem(link.location(), path + ".account_link.column", link.column(), "the link column is not declared in this source",
                            "declare '" + link.column() + "' under " + path + ".columns");
                }
            }
        }
        if (workspace.sourceOfKind(SourceKind.ACCOUNTS).isEmpty()) {
            problem(null, "sources", null, "no source of kind accounts", "declare the accounts file with 'kind: accounts'");
        }
    }

    private void checkFeatures() {
        for (Feature feature : workspace.features().values()) {
            if (!feature.isAggregate()) {
                continue;
            }
            String path = "features." + feature.name();
            Source source = workspace.sources().get(feature.source());
            if (source == null) {
                problem(feature.location(), path + ".source", feature.source(), "unknown source",
                        Suggestions.hint(String.valueOf(feature.source()), workspace.sources().keySet()));
                continue;
            }
            Aggregate aggregate = feature.aggregate();
            if (aggregate == null) {
                continue;
            }
            if (aggregate.needsColumn() && feature.column() == null) {
                problem(feature.location(), path + ".column", null, "aggregate " + aggregate.configName() + " needs a column",
                        "add 'column: NAME' with one of: " + String.join(", ", source.columns().keySet()));
            }
            if (feature.column() != null && !source.columns().containsKey(feature.column())) {
                problem(feature.location(), path + ".column", feature.column(), "unknown column of source '" + source.name() + "'",
                        Suggestions.hint(feature.column(), source.columns().keySet()));
            }
            boolean subscriptionOnly = aggregate == Aggregate.SUM_ACTIVE || aggregate == Aggregate.DAYS_TO_RENEWAL;
            if (subscriptionOnly && source.kind() != SourceKind.SUBSCRIPTIONS) {
                problem(feature.location(), path + ".aggregate", aggregate.configName(), "this aggregate needs a source of kind subscriptions",
                        "point 'source' at the subscriptions source");
            }
            boolean usesDates = feature.windowDays() != null || feature.offsetDays() != 0 || aggregate == Aggregate.LAST || aggregate == Aggregate.TREND
                    || aggregate == Aggregate.DAYS_SINCE_LAST || aggregate == Aggregate.DAYS_SINCE_FIRST;
            if (usesDates && source.kind().dateColumn() == null) {
                problem(feature.location(), path + ".window", null, "source '" + source.name() + "' of kind " + source.kind().configName()
                        + " has no date column for windows", "remove the window, or use a source with dated rows");
            }
            if (aggregate == Aggregate.TREND) {
                Aggregate.trendWindowProblem(feature.windowDays()).ifPresent(message -> problem(feature.location(), path + ".window",
                        feature.windowDays() == null ? null : feature.windowDays() + "d", message, "write a window such as 'window: 12w'"));
            }
            if (source.kind() == SourceKind.ACCOUNTS) {
                problem(feature.location(), path + ".aggregate", aggregate.configName(), "an accounts column is already one value per account",
                        "refer to the column by its name in expressions, for example 'seats'");
            }
        }
    }

    private void checkNames() {
        Map<String, String> owners = new HashMap<>();
        workspace.sourceOfKind(SourceKind.ACCOUNTS).ifPresent(accounts ->
                accounts.columns().keySet().forEach(c -> owners.put(c, "a column of the accounts source")));
        RESERVED_NAMES.forEach(name -> owners.putIfAbsent(name, "a value Idem computes for every account (journey and success plans)"));
        List<Object[]> named = new ArrayList<>();
        workspace.features().values().forEach(f -> named.add(new Object[] {f.name(), "feature", f.location()}));
        workspace.triggers().values().forEach(t -> named.add(new Object[] {t.name(), "trigger", t.location()}));
        workspace.segments().values().forEach(s -> named.add(new Object[] {s.name(), "segment", s.location()}));
        workspace.healthModels().forEach(h -> named.add(new Object[] {h.name(), "health model", h.location()}));
        workspace.accountFields().values().forEach(f -> named.add(new Object[] {f.name(), "account field", f.location()}));
        for (Object[] entry : named) {
            String name = (String) entry[0];
            String kind = (String) entry[1];
            String previous = owners.putIfAbsent(name, "a " + kind);
            if (previous != null) {
                problem((Location) entry[2], kind.replace(' ', '_') + "s." + name, name, "the name is already used by " + previous,
                        "rename one of them: features, triggers, segments, health models and account columns share one namespace");
            }
        }
    }

    private void checkHealth() {
        Set<String> known = new LinkedHashSet<>(workspace.features().keySet());
        Set<String> accountColumns = new LinkedHashSet<>();
        workspace.sourceOfKind(SourceKind.ACCOUNTS).ifPresent(a -> accountColumns.addAll(a.columns().keySet()));
        known.addAll(accountColumns);
        for (HealthModel model : workspace.healthModels()) {
            // Peer groups are fixed attributes of an account, so only accounts columns qualify, not features.
            if (model.peerGroup() != null && !accountColumns.contains(model.peerGroup())) {
                problem(model.location(), "health." + model.name() + ".peer_group", model.peerGroup(), "unknown column of the accounts source",
                        Suggestions.hint(model.peerGroup(), accountColumns));
            }
            if (model.measures().isEmpty()) {
                problem(model.location(), "health." + model.name() + ".measures", null, "a health model needs at least one measure",
                        "add a measure with a feature, a weight and a scoring");
            }
            for (HealthMeasure measure : model.measures()) {
                if (!known.contains(measure.feature())) {
                    problem(measure.location(), "health." + model.name() + ".measures." + measure.name() + ".feature", measure.feature(),
                            "unknown feature", Suggestions.hint(measure.feature(), known));
                }
            }
        }
    }

    private void checkPlaybooks() {
        OfferCatalog offers = workspace.offers();
        for (Playbook playbook : workspace.playbooks().values()) {
            String path = "playbooks." + playbook.name();
            if (playbook.segment() != null && !workspace.segments().containsKey(playbook.segment())) {
                problem(playbook.location(), path + ".segment", playbook.segment(), "unknown segment",
                        Suggestions.hint(playbook.segment(), workspace.segments().keySet()));
            }
            if (playbook.trigger() != null && !workspace.triggers().containsKey(playbook.trigger())) {
                problem(playbook.location(), path + ".trigger", playbook.trigger(), "unknown trigger",
                        Suggestions.hint(playbook.trigger(), workspace.triggers().keySet()));
            }
            if (playbook.motion() != null && playbook.offer() != null) {
                checkOffer(playbook, path, offers);
            }
            new StepChecks(workspace, problems).check(playbook);
            for (PlaybookStep step : playbook.steps()) {
                if (step.action() instanceof PlaybookStep.OpportunityAction created && created.motion() != null) {
                    Playbook asPlaybook = new Playbook(playbook.name(), null, playbook.segment(), playbook.trigger(), created.motion(),
                            created.offer(), 0, playbook.owner(), List.of(), step.location(), null);
                    checkOffer(asPlaybook, path + ".steps." + step.name(), offers);
                }
            }
        }
    }

    private void checkOffer(Playbook playbook, String path, OfferCatalog offers) {
        String offer = playbook.offer();
        if (offer.equals(Playbook.RECOMMENDED_OFFER)) {
            return;
        }
        boolean known = switch (playbook.motion()) {
            case UPSELL -> offer.equals("next_plan") && !offers.plans().isEmpty()
                    || offer.equals("seats") && !offers.plans().isEmpty()
                    || offers.addon(offer).isPresent();
            case CROSS_SELL -> offers.product(offer).isPresent();
            case BUNDLE -> offers.bundle(offer).isPresent();
        };
        if (!known) {
            List<String> valid = switch (playbook.motion()) {
                case UPSELL -> {
                    List<String> names = new ArrayList<>(List.of("next_plan", "seats"));
                    offers.addons().forEach(a -> names.add(a.name()));
                    yield names;
                }
                case CROSS_SELL -> offers.products().stream().map(OfferCatalog.Product::name).toList();
                case BUNDLE -> offers.bundles().stream().map(OfferCatalog.Bundle::name).toList();
            };
            problem(playbook.location(), path + ".offer", offer, "no such " + playbook.motion().configName() + " offer in the catalog",
                    Suggestions.hint(offer, valid) + " (plans are needed for next_plan and seats)");
        }
    }
}
