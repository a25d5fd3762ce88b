package io.idem.identify;

import io.idem.expression.Expression;
import io.idem.expression.ExpressionException;
import io.idem.expression.Expressions;
import io.idem.expression.Scope;
import io.idem.expression.Type;
import io.idem.expression.TypeChecker;
import io.idem.store.ColumnType;
import io.idem.workspace.Aggregate;
import io.idem.workspace.ConfigProblem;
import io.idem.workspace.Feature;
import io.idem.workspace.HealthModel;
import io.idem.workspace.JourneyRule;
import io.idem.workspace.SuccessPlanTemplate;
import io.idem.workspace.Location;
import io.idem.workspace.Segment;
import io.idem.workspace.Source;
import io.idem.workspace.SourceKind;
import io.idem.workspace.Trigger;
import io.idem.workspace.Workspace;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The parsed and type-checked definitions of a workspace: every expression parsed once, the type
 * of every name, and the order in which derived features must be computed. {@link #compile}
 * collects every problem (syntax, type, unknown name, dependency cycle) before failing.
 */
public final class Definitions {

    /** Per account: objectives of its success plans past their target date and neither achieved nor cancelled. */
    public static final String OBJECTIVES_OVERDUE = "objectives_overdue";
    /** Per account: achieved objectives of its success plans. */
    public static final String OBJECTIVES_ACHIEVED = "objectives_achieved";

    private final Workspace workspace;
    private final Map<String, Type> types;
    private final Map<String, Expression> derived;
    private final List<String> derivedOrder;
    private final Map<String, Expression> triggerConditions;
    private final Map<String, Expression> segmentConditions;
    private final Map<String, Feature> generatedFeatures;
    private final Map<String, String> labels;
    /** Journey rule conditions by the rule's index under journey.stages. */
    private final Map<Integer, Expression> journeyConditions = new LinkedHashMap<>();
    /** Success plan objective conditions by their text, which is how stored objectives refer to them. */
    private final Map<String, Expression> objectiveConditions = new LinkedHashMap<>();
    /** Parsed expressions of playbook steps (branch conditions, wait conditions, update_field expressions). */
    private StepExpressions stepExpressions;

    private Definitions(Workspace workspace, Map<String, Type> types, Map<String, Expression> derived, List<String> derivedOrder,
                        Map<String, Expression> triggerConditions, Map<String, Expression> segmentConditions,
                        Map<String, Feature> generatedFeatures, Map<String, String> labels) {
        this.generatedFeatures = generatedFeatures;
        this.labels = labels;
        this.workspace = workspace;
        this.types = types;
        this.derived = derived;
        this.derivedOrder = derivedOrder;
        this.triggerConditions = triggerConditions;
        this.segmentConditions = segmentConditions;
    }

    public Workspace workspace() {
        return workspace;
    }

    public Map<String, Type> types() {
        return types;
    }

    /**
     * Returns the aggregate features to compute: those in idem.yaml, then those generated from
     * aggregate calls written inside expressions.
     */
    public List<Feature> aggregateFeatures() {
        List<Feature> features = new ArrayList<>();
        workspace.features().values().stream().filter(Feature::isAggregate).forEach(features::add);
        features.addAll(generatedFeatures.values());
        return features;
    }

    /** Returns how to show a name in explanations: the aggregate call's text for a generated feature, else the name. */
    public String label(String name) {
        return labels.getOrDefault(name, name);
    }

    /** Derived (expression) features in an order where each comes after the features it uses. */
    public List<String> derivedOrder() {
        return derivedOrder;
    }

    public Expression derived(String name) {
        return derived.get(name);
    }

    public Expression triggerCondition(String name) {
        return triggerConditions.get(name);
    }

    public Expression segmentCondition(String name) {
        return segmentConditions.get(name);
    }

    public StepExpressions stepExpressions() {
        return stepExpressions;
    }

    /** Returns the condition of the journey rule at {@code index} under journey.stages. */
    public Expression journeyCondition(int index) {
        return journeyConditions.get(index);
    }

    /** Returns the checked condition of a success plan template's objective with this text, or null when no template has it. */
    public Expression objectiveCondition(String text) {
        return objectiveConditions.get(text);
    }

    /**
     * Returns the features that computing {@code names} requires: the named features, the features
     * their expressions use, transitively, and the features of any health model named. Names that
     * are not features (account columns, triggers) are ignored.
     */
    public Set<String> featureClosure(java.util.Collection<String> names) {
        Set<String> closure = new LinkedHashSet<>();
        Deque<String> pending = new ArrayDeque<>(names);
        while (!pending.isEmpty()) {
            String name = pending.pop();
            workspace.healthModels().stream().filter(m -> m.name().equals(name) || (m.name() + "_band").equals(name))
                    .forEach(m -> m.measures().forEach(measure -> pending.push(measure.feature())));
            if (!workspace.features().containsKey(name) && !generatedFeatures.containsKey(name) || !closure.add(name)) {
                continue;
            }
            Expression expression = derived.get(name);
            if (expression != null) {
                pending.addAll(Expressions.references(expression));
            }
        }
        if (names.contains(JourneyEngine.STAGE) || names.contains(JourneyEngine.DAYS_IN_STAGE)) {
            Set<String> ruleNames = journeyReferences();
            ruleNames.removeAll(names);
            if (!ruleNames.isEmpty()) {
                closure.addAll(featureClosure(ruleNames));
            }
        }
        return closure;
    }

    /** Returns the names that the journey rules use, directly. */
    public Set<String> journeyReferences() {
        Set<String> names = new LinkedHashSet<>();
        journeyConditions.values().forEach(condition -> names.addAll(Expressions.references(condition)));
        return names;
    }

    /** Returns the names that the trigger conditions use, directly. */
    public Set<String> triggerReferences() {
        Set<String> names = new LinkedHashSet<>();
        triggerConditions.values().forEach(condition -> names.addAll(Expressions.references(condition)));
        return names;
    }

    /** Parses and checks every definition; returns the problems found, empty when all is well. */
    public static List<ConfigProblem> check(Workspace workspace) {
        List<ConfigProblem> problems = new ArrayList<>();
        compile(workspace, problems);
        return problems;
    }

    /** Parses and checks every definition; throws {@link DefinitionException} listing all problems. */
    public static Definitions compile(Workspace workspace) {
        List<ConfigProblem> problems = new ArrayList<>();
        Definitions definitions = compile(workspace, problems);
        if (!problems.isEmpty()) {
            throw new DefinitionException(problems);
        }
        return definitions;
    }

    private static Definitions compile(Workspace workspace, List<ConfigProblem> problems) {
        Map<String, Type> types = new LinkedHashMap<>();
        workspace.sourceOfKind(SourceKind.ACCOUNTS).ifPresent(accounts ->
                accounts.columns().values().forEach(c -> types.put(c.name(), typeOf(c.type()))));
        workspace.accountFields().values().forEach(field -> types.putIfAbsent(field.name(), typeOf(field.type())));

        // Parse every expression first and replace its aggregate calls by generated features, so
        // those features are typed before any expression that uses them is checked.
        Map<String, Feature> generated = new LinkedHashMap<>();
        Map<String, String> labels = new LinkedHashMap<>();
        Map<String, Expression> derived = new LinkedHashMap<>();
        for (Feature feature : workspace.features().values()) {
            if (!feature.isAggregate()) {
                String field = "features." + feature.name() + ".expression";
                Location location = at(workspace, feature.location(), field);
                Expression expression = parseAndExtract(feature.expression(), location, field, problems, generated, labels, workspace);
                if (expression != null) {
                    derived.put(feature.name(), expression);
                } else {
                    // Known by name, so conditions that use it do not report it again as unknown.
                    types.put(feature.name(), Type.NUMBER);
                }
            }
        }
        Map<String, Expression> triggers = new LinkedHashMap<>();
        for (Trigger trigger : workspace.triggers().values()) {
            String field = "triggers." + trigger.name() + ".when";
            Expression condition = parseAndExtract(trigger.condition(), at(workspace, trigger.location(), field), field, problems,
                    generated, labels, workspace);
            if (condition != null) {
                triggers.put(trigger.name(), condition);
            }
        }
        Map<String, Expression> segments = new LinkedHashMap<>();
        for (Segment segment : workspace.segments().values()) {
            String field = "segments." + segment.name() + ".when";
            Expression condition = parseAndExtract(segment.condition(), at(workspace, segment.location(), field), field, problems,
                    generated, labels, workspace);
            if (condition != null) {
                segments.put(segment.name(), condition);
            }
        }
        Map<Integer, Expression> journeyRules = new LinkedHashMap<>();
        for (JourneyRule rule : workspace.journey().rules()) {
            Expression condition = parseAndExtract(rule.condition(), at(workspace, rule.location(), rule.field()), rule.field(), problems,
                    generated, labels, workspace);
            if (condition != null) {
                journeyRules.put(rule.index(), condition);
            }
        }
        Map<SuccessPlanTemplate.ObjectiveTemplate, String> objectiveFields = new LinkedHashMap<>();
        Map<SuccessPlanTemplate.ObjectiveTemplate, Expression> objectives = new LinkedHashMap<>();
        for (SuccessPlanTemplate plan : workspace.successPlans().values()) {
            for (SuccessPlanTemplate.ObjectiveTemplate objective : plan.objectives()) {
                if (objective.condition() != null) {
                    String field = objective.field(plan.name());
                    Expression condition = parseAndExtract(objective.condition(), at(workspace, objective.location(), field), field,
                            problems, generated, labels, workspace);
                    if (condition != null) {
                        objectiveFields.put(objective, field);
                        objectives.put(objective, condition);
                    }
                }
            }
        }

        for (Feature feature : workspace.features().values()) {
            if (feature.isAggregate()) {
                types.put(feature.name(), aggregateType(workspace, feature));
                checkWhere(workspace, feature, problems);
            }
        }
        for (Feature feature : generated.values()) {
            types.put(feature.name(), aggregateType(workspace, feature));
        }

        Set<String> inCycles = new LinkedHashSet<>();
        List<String> order = dependencyOrder(workspace, derived, problems, inCycles);
        for (String name : order) {
            if (inCycles.contains(name)) {
                // Part of a reported cycle: its type cannot be derived, and checking it would only add "unknown name".
                types.put(name, Type.NUMBER);
                continue;
            }
            String field = "features." + name + ".expression";
            Type type = check(derived.get(name), Scope.of(types), at(workspace, workspace.features().get(name).location(), field),
                    field, workspace.features().get(name).expression(), problems, false);
            types.put(name, type == null ? Type.NUMBER : type);
        }

        for (HealthModel model : workspace.healthModels()) {
            types.put(model.name(), Type.NUMBER);
            types.put(model.name() + "_band", Type.STRING);
        }

        // Journey rules see features, account columns and health scores; everything after them also sees the stage.
        Map<Integer, Expression> journeyChecked = new LinkedHashMap<>();
        for (JourneyRule rule : workspace.journey().rules()) {
            Expression condition = journeyRules.get(rule.index());
            if (condition != null && check(condition, Scope.of(types), at(workspace, rule.location(), rule.field()), rule.field(),
                    rule.condition(), problems, true) != null) {
                journeyChecked.put(rule.index(), condition);
            }
        }
        if (workspace.journey().defined()) {
            types.put(JourneyEngine.STAGE, Type.STRING);
            types.put(JourneyEngine.DAYS_IN_STAGE, Type.NUMBER);
        }
        Map<String, Expression> objectivesChecked = new LinkedHashMap<>();
        for (Map.Entry<SuccessPlanTemplate.ObjectiveTemplate, Expression> objective : objectives.entrySet()) {
            SuccessPlanTemplate.ObjectiveTemplate template = objective.getKey();
            String field = objectiveFields.get(template);
            if (check(objective.getValue(), Scope.of(types), at(workspace, template.location(), field), field, template.condition(),
                    problems, true) != null) {
                objectivesChecked.putIfAbsent(template.condition(), objective.getValue());
            }
        }
        types.put(OBJECTIVES_OVERDUE, Type.NUMBER);
        types.put(OBJECTIVES_ACHIEVED, Type.NUMBER);

        for (Trigger trigger : workspace.triggers().values()) {
            Expression condition = triggers.get(trigger.name());
            if (condition != null) {
                String field = "triggers." + trigger.name() + ".when";
                check(condition, Scope.of(types), at(workspace, trigger.location(), field), field, trigger.condition(), problems, true);
            }
        }
        workspace.triggers().keySet().forEach(name -> types.put(name, Type.BOOLEAN));

        for (Segment segment : workspace.segments().values()) {
            Expression condition = segments.get(segment.name());
            if (condition != null) {
                String field = "segments." + segment.name() + ".when";
                check(condition, Scope.of(types), at(workspace, segment.location(), field), field, segment.condition(), problems, true);
            }
        }
        Definitions definitions = new Definitions(workspace, types, derived, order, triggers, segments, generated, labels);
        definitions.journeyConditions.putAll(journeyChecked);
        definitions.objectiveConditions.putAll(objectivesChecked);
        definitions.stepExpressions = StepExpressions.compile(workspace, types, problems);
        return definitions;
    }

    /**
     * Parses an expression and moves its aggregate calls into generated features, checking each
     * call's source, column and filter at the expression's position.
     */
    private static Expression parseAndExtract(String text, Location location, String field, List<ConfigProblem> problems,
                                              Map<String, Feature> generated, Map<String, String> labels, Workspace workspace) {
        Expression parsed = parse(text, location, field, problems);
        if (parsed == null) {
            return null;
        }
        Map<String, Feature> found = new LinkedHashMap<>();
        Expression extracted = new AggregateExtractor(found, labels, location).extract(parsed);
        boolean valid = true;
        for (Feature feature : found.values()) {
            valid &= GeneratedFeatureCheck.check(workspace, feature, location, field, problems);
            if (feature.where() != null && workspace.sources().containsKey(feature.source())) {
                Source source = workspace.sources().get(feature.source());
                Map<String, Type> columns = new HashMap<>();
                source.columns().values().forEach(c -> columns.put(c.name(), typeOf(c.type())));
                Expression where = parse(feature.where(), location, field, problems);
                valid &= where != null && check(where, Scope.of(columns), location, field, text, problems, true) != null;
            }
        }
        if (!valid) {
            return null;
        }
        found.forEach(generated::putIfAbsent);
        return extracted;
    }

    private static void checkWhere(Workspace workspace, Feature feature, List<ConfigProblem> problems) {
        if (feature.where() == null) {
            return;
        }
        Source source = workspace.sources().get(feature.source());
        if (source == null) {
            return;
        }
        String field = "features." + feature.name() + ".where";
        Location location = at(workspace, feature.location(), field);
        Expression where = parse(feature.where(), location, field, problems);
        if (where == null) {
            return;
        }
        Map<String, Type> columns = new HashMap<>();
        source.columns().values().forEach(c -> columns.put(c.name(), typeOf(c.type())));
        check(where, Scope.of(columns), location, field, feature.where(), problems, true);
    }

    private static Expression parse(String text, Location location, String field, List<ConfigProblem> problems) {
        try {
            return Expressions.parse(text);
        } catch (ExpressionException e) {
            problems.add(problem(location, field, text, e));
            return null;
        }
    }

    /** Returns where the text of a field starts, falling back to its definition's position. */
    private static Location at(Workspace workspace, Location definition, String field) {
        return workspace.locationOf(field, definition);
    }

    private static Type check(Expression expression, Scope scope, Location location, String field, String text,
                              List<ConfigProblem> problems, boolean condition) {
        try {
            if (condition) {
                TypeChecker.checkBoolean(expression, scope);
                return Type.BOOLEAN;
            }
            return TypeChecker.check(expression, scope);
        } catch (ExpressionException e) {
            problems.add(problem(location, field, text, e));
            return null;
        }
    }

    /**
     * Places an expression error in idem.yaml: on the field's line, at the field's column plus the
     * error's column within the expression when the expression is on one line.
     */
    private static ConfigProblem problem(Location location, String field, String text, ExpressionException e) {
        boolean oneLine = text != null && text.indexOf('\n') < 0 && e.line() <= 1;
        int column = oneLine && location.line() > 0 ? location.column() + e.column() - 1 : location.column();
        int line = !oneLine && location.line() > 0 ? location.line() + e.line() - 1 : location.line();
        Location at = new Location(location.file(), line, column, field);
        return new ConfigProblem(at, text, "at column " + e.column() + " of the expression: " + e.problem(), e.fix());
    }

    /** Orders derived features so each follows the derived features it references; reports cycles by name. */
    private static List<String> dependencyOrder(Workspace workspace, Map<String, Expression> derived, List<ConfigProblem> problems,
                                                Set<String> inCycles) {
        List<String> order = new ArrayList<>();
        Set<String> done = new LinkedHashSet<>();
        for (String name : derived.keySet()) {
            visit(name, derived, new ArrayDeque<>(), done, order, inCycles, workspace, problems);
        }
        return order;
    }

    private static void visit(String name, Map<String, Expression> derived, Deque<String> path, Set<String> done, List<String> order,
                              Set<String> inCycles, Workspace workspace, List<ConfigProblem> problems) {
        if (done.contains(name)) {
            return;
        }
        if (path.contains(name)) {
            List<String> cycle = new ArrayList<>();
            boolean inCycle = false;
            for (String step : path) {
                inCycle |= step.equals(name);
                if (inCycle) {
                    cycle.add(step);
                }
            }
            cycle.add(name);
            if (inCycles.addAll(cycle)) {
                Feature feature = workspace.features().get(name);
                Location location = at(workspace, feature.location(), "features." + name + ".expression");
                problems.add(new ConfigProblem(new Location(location.file(), location.line(),
                        location.column(), "features." + name + ".expression"), feature.expression(),
                        "features depend on each other in a cycle: " + String.join(" -> ", cycle),
                        "break the cycle so that no feature uses itself, directly or through others"));
            }
            return;
        }
        path.addLast(name);
        for (String reference : Expressions.references(derived.get(name))) {
            if (derived.containsKey(reference)) {
                visit(reference, derived, path, done, order, inCycles, workspace, problems);
            }
        }
        path.removeLast();
        if (done.add(name)) {
            order.add(name);
        }
    }

    static Type typeOf(ColumnType type) {
        return switch (type) {
            case STRING -> Type.STRING;
            case INTEGER, NUMBER -> Type.NUMBER;
            case MONEY -> Type.MONEY;
            case DATE, TIMESTAMP -> Type.DATE;
            case BOOLEAN -> Type.BOOLEAN;
        };
    }

    static Type aggregateType(Workspace workspace, Feature feature) {
        Aggregate aggregate = feature.aggregate();
        Source source = workspace.sources().get(feature.source());
        Type columnType = Type.NUMBER;
        if (source != null && feature.column() != null && source.columns().containsKey(feature.column())) {
            columnType = typeOf(source.columns().get(feature.column()).type());
        }
        if (aggregate == null) {
            return Type.NUMBER;
        }
        return switch (aggregate) {
            case COUNT, COUNT_DISTINCT, DAYS_SINCE_LAST, DAYS_SINCE_FIRST, DAYS_TO_RENEWAL -> Type.NUMBER;
            case AVG, TREND -> columnType == Type.MONEY ? Type.MONEY : Type.NUMBER;
            case SUM, SUM_ACTIVE, MIN, MAX, LAST -> columnType;
        };
    }
}
