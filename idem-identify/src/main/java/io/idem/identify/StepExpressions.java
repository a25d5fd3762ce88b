package io.idem.identify;

import io.idem.expression.Expression;
import io.idem.expression.ExpressionException;
import io.idem.expression.Expressions;
import io.idem.expression.Scope;
import io.idem.expression.Type;
import io.idem.expression.TypeChecker;
import io.idem.workspace.AccountField;
import io.idem.workspace.ConfigProblem;
import io.idem.workspace.Location;
import io.idem.workspace.Playbook;
import io.idem.workspace.PlaybookStep;
import io.idem.workspace.Suggestions;
import io.idem.workspace.Workspace;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Parses and type-checks the expressions of playbook steps: a branch's {@code if} and a wait's
 * {@code until} must be conditions, an update_field {@code expression} must have the declared
 * field's type, and a webhook's {@code fields} must name values an expression could read. Steps
 * see every name segments see, plus each segment's membership as a Boolean.
 */
public final class StepExpressions {

    private final Map<String, Expression> parsed;

    private StepExpressions(Map<String, Expression> parsed) {
        this.parsed = parsed;
    }

    /** Returns the parsed expression of a step's field ({@code if}, {@code until} or {@code expression}), or null. */
    public Expression expression(String playbook, String step, String field) {
        return parsed.get(key(playbook, step, field));
    }

    /** Parses and checks every step expression of the workspace, adding a problem for each error. */
    static StepExpressions compile(Workspace workspace, Map<String, Type> types, List<ConfigProblem> problems) {
        Map<String, Type> names = new LinkedHashMap<>(types);
        workspace.segments().keySet().forEach(segment -> names.putIfAbsent(segment, Type.BOOLEAN));
        Scope scope = Scope.of(names);
        Map<String, Expression> parsed = new LinkedHashMap<>();
        for (Playbook playbook : workspace.playbooks().values()) {
            for (PlaybookStep step : playbook.steps()) {
                String path = "playbooks." + playbook.name() + ".steps." + step.name();
                if (step.action() instanceof PlaybookStep.BranchAction branch) {
                    check(workspace, step, path + ".if", branch.condition(), scope, Type.BOOLEAN, problems)
                            .ifPresent(e -> parsed.put(key(playbook.name(), step.name(), "if"), e));
                } else if (step.action() instanceof PlaybookStep.WaitAction wait && wait.until() != null) {
                    check(workspace, step, path + ".until", wait.until(), scope, Type.BOOLEAN, problems)
                            .ifPresent(e -> parsed.put(key(playbook.name(), step.name(), "until"), e));
                } else if (step.action() instanceof PlaybookStep.UpdateFieldAction update && update.value() != null) {
                    checkLiteral(workspace, step, path + ".value", workspace.accountFields().get(update.field()), update.value(), problems);
                } else if (step.action() instanceof PlaybookStep.UpdateFieldAction update && update.expression() != null) {
                    AccountField field = workspace.accountFields().get(update.field());
                    Type expected = field == null ? null : Definitions.typeOf(field.type());
                    check(workspace, step, path + ".expression", update.expression(), scope, expected, problems)
                            .ifPresent(e -> parsed.put(key(playbook.name(), step.name(), "expression"), e));
                } else if (step.action() instanceof PlaybookStep.WebhookAction webhook) {
                    for (String name : webhook.fields()) {
                        if (!names.containsKey(name)) {
                            Location at = workspace.locationOf(path + ".fields", step.location());
                            problems.add(new ConfigProblem(new Location(at.file(), at.line(), at.column(), path + ".fields"), name,
                                    "unknown account field", Suggestions.hint(name, names.keySet())));
                        }
                    }
                }
            }
        }
        return new StepExpressions(parsed);
    }

    private static java.util.Optional<Expression> check(Workspace workspace, PlaybookStep step, String field, String text, Scope scope,
                                                        Type expected, List<ConfigProblem> problems) {
        Location location = workspace.locationOf(field, step.location());
        try {
            Expression expression = Expressions.parse(text);
            Type type = TypeChecker.check(expression, scope);
            if (expected != null && type != expected && !(expected.isNumeric() && type.isNumeric())) {
                problems.add(new ConfigProblem(new Location(location.file(), location.line(), location.column(), field), text,
                        "the expression is " + type.displayName() + " but " + (expected == Type.BOOLEAN ? "a condition must be boolean"
                                : "the field is " + expected.displayName()),
                        expected == Type.BOOLEAN ? "compare values, for example 'seats > 10'" : "write an expression of type "
                                + expected.displayName()));
                return java.util.Optional.empty();
            }
            return java.util.Optional.of(expression);
        } catch (ExpressionException e) {
            boolean oneLine = text.indexOf('\n') < 0 && e.line() <= 1;
            int column = oneLine && location.line() > 0 ? location.column() + e.column() - 1 : location.column();
            int line = !oneLine && location.line() > 0 ? location.line() + e.line() - 1 : location.line();
            problems.add(new ConfigProblem(new Location(location.file(), line, column, field), text,
                    "at column " + e.column() + " of the expression: " + e.problem(), e.fix()));
            return java.util.Optional.empty();
        }
    }

    /** Checks that a literal value of update_field can be read back as the field's type. */
    private static void checkLiteral(Workspace workspace, PlaybookStep step, String field, AccountField declared, String value,
                                     List<ConfigProblem> problems) {
        if (declared == null) {
            return;
        }
        try {
            AccountAttributes.parse(declared, value);
            if (declared.type() == io.idem.store.ColumnType.BOOLEAN && !value.equalsIgnoreCase("true") && !value.equalsIgnoreCase("false")) {
                throw new IllegalArgumentException("not a boolean");
            }
        } catch (RuntimeException e) {
            Location at = workspace.locationOf(field, step.location());
            problems.add(new ConfigProblem(new Location(at.file(), at.line(), at.column(), field), value,
                    "the value is not a " + declared.type().configName() + ", the type of account field " + declared.name(),
                    "write a " + declared.type().configName() + " value, or use 'expression:' to compute it"));
        }
    }

    private static String key(String playbook, String step, String field) {
        return playbook + "|" + step + "|" + field;
    }
}
