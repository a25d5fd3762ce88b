package io.idem.expression;

import io.idem.store.SqlDialect;
import java.util.List;

/**
 * SQL for the built-in functions, written to match {@link FunctionEvaluator} step for step. Where
 * engines disagree with each other or with the in-memory rules (NULL arguments of least/greatest,
 * rounding ties, division by zero), the SQL spells the rule out instead of calling the engine's
 * function.
 */
final class FunctionSql {

    private final SqlDialect dialect;
    private final SqlCompiler compiler;

    FunctionSql(SqlDialect dialect, SqlCompiler compiler) {
        this.dialect = dialect;
        this.compiler = compiler;
    }

    SqlFragment compile(Expression.Call call) {
        List<Expression> arguments = call.arguments();
        return switch (call.function()) {
            case COALESCE -> SqlFragment.of("COALESCE(", compiler.join(arguments), ")");
            case ABS -> SqlFragment.of("abs(", argument(call, 0), ")");
            case ROUND -> round(argument(call, 0), FunctionTypes.roundDigits(call));
            case LEAST -> extreme("LEAST", call);
            case GREATEST -> extreme("GREATEST", call);
            case PCT_CHANGE -> percentChange(argument(call, 0), argument(call, 1));
            case RATIO -> compiler.divide(argument(call, 0), argument(call, 1));
            case DAYS_BETWEEN -> toDouble(compiler.daysBetween(argument(call, 0), argument(call, 1)));
            case DAYS -> toDouble(argument(call, 0));
            // NOTE: for letters outside ASCII, lower and upper follow the database's locale here but Unicode in memory.
            case LOWER -> SqlFragment.of("lower(", argument(call, 0), ")");
            case UPPER -> SqlFragment.of("upper(", argument(call, 0), ")");
            case LENGTH -> toDouble(SqlFragment.of("length(", argument(call, 0), ")"));
            case CONTAINS -> SqlFragment.of("(position(", argument(call, 1), " IN ", argument(call, 0), ") > 0)");
            case STARTS_WITH -> affix("left", argument(call, 0), argument(call, 1));
            case ENDS_WITH -> affix("right", argument(call, 0), argument(call, 1));
            case IF -> SqlFragment.of("(CASE WHEN ", argument(call, 0), " THEN ", argument(call, 1), " ELSE ", argument(call, 2), " END)");
        };
    }

    private SqlFragment argument(Expression.Call call, int index) {
        return call.arguments().get(index).accept(compiler);
    }

    /** Returns (now - before) / before, NULL when before is zero, as {@link FunctionEvaluator#percentChange}. */
    private SqlFragment percentChange(SqlFragment now, SqlFragment before) {
        return compiler.divide(SqlFragment.of("(", now, " - ", before, ")"), before);
    }

    /** Returns the rounding steps of {@link FunctionEvaluator#round}, with 10^digits bound as a parameter. */
    private SqlFragment round(SqlFragment x, int digits) {
        SqlFragment scale = SqlFragment.parameter(dialect.castToDouble("?"), Math.pow(10, digits));
        String half = dialect.castToDouble("0.5");
        SqlFragment negative = SqlFragment.of("((-(floor(((-(", x, ")) * ", scale, ") + " + half + "))) / ", scale, ")");
        SqlFragment positive = SqlFragment.of("(floor((", x, " * ", scale, ") + " + half + ") / ", scale, ")");
        return SqlFragment.of("(CASE WHEN ", x, " < 0 THEN ", negative, " ELSE ", positive, " END)");
    }

    /**
     * Returns LEAST or GREATEST, but NULL when any argument is NULL. DuckDB and PostgreSQL skip NULL
     * arguments of these functions; Idem treats a missing operand of a comparison as missing.
     */
    private SqlFragment extreme(String function, Expression.Call call) {
        Object[] anyMissing = new Object[call.arguments().size() * 2];
        for (int i = 0; i < call.arguments().size(); i++) {
            anyMissing[2 * i] = i == 0 ? "" : " OR ";
            anyMissing[2 * i + 1] = SqlFragment.of(argument(call, i), " IS NULL");
        }
        return SqlFragment.of("(CASE WHEN ", SqlFragment.of(anyMissing), " THEN NULL ELSE " + function + "(",
                compiler.join(call.arguments()), ") END)");
    }

    /** Returns whether text starts (left) or ends (right) with the affix, comparing that many characters. */
    private static SqlFragment affix(String side, SqlFragment text, SqlFragment affix) {
        return SqlFragment.of("(" + side + "(", text, ", length(", affix, ")) = ", affix, ")");
    }

    private SqlFragment toDouble(SqlFragment fragment) {
        return compiler.fillTemplate(dialect.castToDouble("\u0000"), fragment, SqlFragment.of(""));
    }
}
