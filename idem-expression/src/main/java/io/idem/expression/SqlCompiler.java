package io.idem.expression;

import io.idem.store.ColumnType;
import io.idem.store.SqlDialect;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.regex.Pattern;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Compiles an expression to SQL with the same results as the {@link Evaluator}, missing values
 * included. Every literal is bound as a parameter; identifiers come from the {@link ColumnResolver};
 * engine differences come from the {@link SqlDialect}. Numbers and money are computed in double
 * precision, as in memory: number and money columns are cast to double, and so are number literals.
 * Every compound part is wrapped in parentheses, so no operator precedence of the engine matters.
 */
public final class SqlCompiler implements ExpressionVisitor<SqlFragment> {

    private static final Logger LOG = LoggerFactory.getLogger(SqlCompiler.class);

    /** A quoted or qualified column name, safe to use without parentheses; anything else from a resolver is wrapped. */
    private static final Pattern PLAIN_COLUMN = Pattern.compile("[\\w\"`.]+");

    private final SqlDialect dialect;
    private final Map<String, SqlColumn> columns;
    private final Map<Expression, Type> types;
    private final FunctionSql functions;

    private SqlCompiler(SqlDialect dialect, Map<String, SqlColumn> columns, Map<Expression, Type> types) {
        this.dialect = dialect;
        this.columns = columns;
        this.types = types;
        this.functions = new FunctionSql(dialect, this);
    }

    /**
     * Compiles the expression. The as-of date appears as {@link SqlFragment.Placeholder#AS_OF} among
     * the parameters; bind it with {@link SqlFragment#bind}.
     *
     * @throws ExpressionException with kind UNKNOWN_NAME when the resolver rejects an identifier, or
     *                             any error of {@link TypeChecker#check}
     */
    public static SqlFragment compile(Expression expression, SqlDialect dialect, ColumnResolver resolver) {
        Objects.requireNonNull(expression, "expression is null");
        Objects.requireNonNull(dialect, "dialect is null");
        Objects.requireNonNull(resolver, "resolver is null");

        Map<String, SqlColumn> columns = new LinkedHashMap<>();
        ReferenceCollector.collect(expression).forEach((name, position) -> columns.put(name, resolve(resolver, name, position)));
        Map<String, Type> scope = new HashMap<>();
        columns.forEach((name, column) -> scope.put(name, column.type()));
        Map<Expression, Type> types = TypeChecker.annotate(expression, Scope.of(scope));

        SqlFragment fragment = expression.accept(new SqlCompiler(dialect, columns, types));
        LOG.debug("compiled '{}' for {} to {} with {} parameters", Expressions.format(expression), dialect.name(), fragment.sql(),
                fragment.parameters().size());
        return fragment;
    }

    private static SqlColumn resolve(ColumnResolver resolver, String name, Position position) {
        SqlColumn column;
        try {
            column = resolver.resolve(name);
        } catch (ExpressionException e) {
            throw e.at(position);
        } catch (RuntimeException e) {
            ExpressionException unknown = new ExpressionException(ExpressionException.Kind.UNKNOWN_NAME, position,
                    "cannot find a column for '" + name + "': " + e.getMessage(), name, "check the spelling of '" + name + "' or define it first");
            unknown.initCause(e);
            throw unknown;
        }
        if (column == null) {
            throw new ExpressionException(ExpressionException.Kind.UNKNOWN_NAME, position, "cannot find a column for '" + name + "'",
                    name, "check the spelling of '" + name + "' or define it first");
        }
        return column;
    }

    Type typeOf(Expression node) {
        return types.get(node);
    }

    @Override
    public SqlFragment visitNumber(Expression.NumberLiteral node) {
        return SqlFragment.parameter(dialect.castToDouble("?"), node.value().doubleValue());
    }

    @Override
    public SqlFragment visitString(Expression.StringLiteral node) {
        return SqlFragment.parameter("CAST(? AS " + dialect.typeName(ColumnType.STRING) + ")", node.value());
    }

    @Override
    public SqlFragment visitBoolean(Expression.BooleanLiteral node) {
        return SqlFragment.of(node.value() ? "TRUE" : "FALSE");
    }

    @Override
    public SqlFragment visitDate(Expression.DateLiteral node) {
        return SqlFragment.parameter(dialect.dateParameter(), node.value());
    }

    @Override
    public SqlFragment visitDuration(Expression.DurationLiteral node) {
        return SqlFragment.parameter("CAST(? AS " + dialect.typeName(ColumnType.INTEGER) + ")", node.days());
    }

    @Override
    public SqlFragment visitAsOf(Expression.AsOf node) {
        return SqlFragment.parameter(dialect.dateParameter(), SqlFragment.Placeholder.AS_OF);
    }

    @Override
    public SqlFragment visitIdentifier(Expression.Identifier node) {
        SqlColumn column = columns.get(node.name());
        if (column.type().isNumeric()) {
            return SqlFragment.of(dialect.castToDouble(column.sql()));
        }
        boolean plainColumn = PLAIN_COLUMN.matcher(column.sql()).matches();
        return SqlFragment.of(plainColumn ? column.sql() : "(" + column.sql() + ")");
    }

    @Override
    public SqlFragment visitUnary(Expression.Unary node) {
        SqlFragment operand = node.operand().accept(this);
        return switch (node.operator()) {
            case NOT -> SqlFragment.of("(NOT ", operand, ")");
            case NEGATE -> SqlFragment.of("(-(", operand, "))");
        };
    }

    @Override
    public SqlFragment visitBinary(Expression.Binary node) {
        SqlFragment left = node.left().accept(this);
        SqlFragment right = node.right().accept(this);
        Type leftType = typeOf(node.left());
        Type rightType = typeOf(node.right());
        return switch (node.operator()) {
            case AND -> infix(left, "AND", right);
            case OR -> infix(left, "OR", right);
            case EQUAL -> infix(left, "=", right);
            case NOT_EQUAL -> infix(left, "<>", right);
            case LESS -> infix(left, "<", right);
            case LESS_OR_EQUAL -> infix(left, "<=", right);
            case GREATER -> infix(left, ">", right);
            case GREATER_OR_EQUAL -> infix(left, ">=", right);
            case ADD -> add(left, leftType, right, rightType);
            case SUBTRACT -> subtract(left, leftType, right, rightType);
            case MULTIPLY -> infix(left, "*", right);
            case DIVIDE -> divide(left, right);
            case MODULO -> remainder(left, right);
        };
    }

    private SqlFragment add(SqlFragment left, Type leftType, SqlFragment right, Type rightType) {
        if (leftType == Type.DATE) {
            return addDays(left, right);
        }
        if (rightType == Type.DATE) {
            return addDays(right, left);
        }
        return infix(left, "+", right);
    }

    private SqlFragment subtract(SqlFragment left, Type leftType, SqlFragment right, Type rightType) {
        if (leftType == Type.DATE && rightType == Type.DATE) {
            return daysBetween(right, left);
        }
        if (leftType == Type.DATE) {
            return addDays(left, SqlFragment.of("(-(", right, "))"));
        }
        return infix(left, "-", right);
    }

    /** Returns left / right, or NULL when right is zero: the in-memory evaluator returns missing there too. */
    SqlFragment divide(SqlFragment left, SqlFragment right) {
        return SqlFragment.of("(", left, " / NULLIF(", right, ", 0))");
    }

    /** Returns a - b * trunc(a / b) in the same steps as {@link Arithmetic#remainder}, NULL when b is zero. */
    private SqlFragment remainder(SqlFragment left, SqlFragment right) {
        SqlFragment quotient = divide(left, right);
        SqlFragment truncated = SqlFragment.of("(CASE WHEN ", quotient, " < 0 THEN ceil(", quotient, ") ELSE floor(", quotient, ") END)");
        return SqlFragment.of("(", left, " - (", right, " * ", truncated, "))");
    }

    SqlFragment addDays(SqlFragment date, SqlFragment days) {
        return fillTemplate(dialect.addDays("\u0000", "\u0001"), date, days);
    }

    SqlFragment daysBetween(SqlFragment start, SqlFragment end) {
        return fillTemplate(dialect.daysBetween("\u0000", "\u0001"), start, end);
    }

    /**
     * Fills a dialect template whose first operand was passed as U+0000 and second as U+0001. The
     * dialect methods take SQL text, so this keeps each operand's parameters in the order the
     * operands occur in the dialect's text (PostgreSQL's days between, for one, writes end before start).
     */
    SqlFragment fillTemplate(String template, SqlFragment first, SqlFragment second) {
        List<Object> parts = new ArrayList<>();
        StringBuilder literal = new StringBuilder();
        for (char c : template.toCharArray()) {
            if (c == '\u0000' || c == '\u0001') {
                parts.add(literal.toString());
                literal.setLength(0);
                parts.add(c == '\u0000' ? first : second);
            } else {
                literal.append(c);
            }
        }
        parts.add(literal.toString());
        return SqlFragment.of(parts.toArray());
    }

    private static SqlFragment infix(SqlFragment left, String operator, SqlFragment right) {
        return SqlFragment.of("(", left, " " + operator + " ", right, ")");
    }

    @Override
    public SqlFragment visitIn(Expression.In node) {
        return SqlFragment.of("(", node.operand().accept(this), node.negated() ? " NOT IN " : " IN ", node.values().accept(this), ")");
    }

    @Override
    public SqlFragment visitValueList(Expression.ValueList node) {
        return SqlFragment.of("(", join(node.items()), ")");
    }

    @Override
    public SqlFragment visitIsMissing(Expression.IsMissing node) {
        return SqlFragment.of("(", node.operand().accept(this), node.negated() ? " IS NOT NULL)" : " IS NULL)");
    }

    @Override
    public SqlFragment visitBetween(Expression.Between node) {
        return SqlFragment.of("(", node.operand().accept(this), node.negated() ? " NOT BETWEEN " : " BETWEEN ",
                node.low().accept(this), " AND ", node.high().accept(this), ")");
    }

    @Override
    public SqlFragment visitCall(Expression.Call node) {
        return functions.compile(node);
    }

    /** Returns the expressions separated by commas. */
    SqlFragment join(List<Expression> expressions) {
        Object[] parts = new Object[expressions.size() * 2 - 1];
        for (int i = 0; i < expressions.size(); i++) {
            if (i > 0) {
                parts[2 * i - 1] = ", ";
            }
            parts[2 * i] = expressions.get(i).accept(this);
        }
        return SqlFragment.of(parts);
    }

    @Override
    public SqlFragment visitAggregateCall(Expression.AggregateCall node) {
        throw new ExpressionException(ExpressionException.Kind.ARGUMENTS, node.position(),
                "the aggregate " + node.function() + "(...) is only allowed in idem.yaml features, triggers and segments", node.function(),
                "use it in a feature's expression or a trigger's or segment's condition");
    }
}
