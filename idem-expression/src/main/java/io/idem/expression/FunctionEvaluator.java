package io.idem.expression;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Locale;
import java.util.Objects;

/** In-memory semantics of the built-in functions; {@link FunctionSql} emits the same in SQL. */
final class FunctionEvaluator {

    private FunctionEvaluator() {
    }

    static Object apply(Expression.Call call, List<Object> arguments) {
        Function function = call.function();
        if (function == Function.COALESCE) {
            return arguments.stream().filter(Objects::nonNull).findFirst().orElse(null);
        }
        if (function == Function.IF) {
            return Boolean.TRUE.equals(arguments.get(0)) ? arguments.get(1) : arguments.get(2);
        }
        if (arguments.contains(null)) {
            return null;
        }
        return switch (function) {
            case ABS -> abs(call, arguments.get(0));
            case ROUND -> round(number(call, arguments, 0), FunctionTypes.roundDigits(call));
            case LEAST -> extreme(call, arguments, -1);
            case GREATEST -> extreme(call, arguments, 1);
            case PCT_CHANGE -> percentChange(number(call, arguments, 0), number(call, arguments, 1));
            case RATIO -> Arithmetic.divide(number(call, arguments, 0), number(call, arguments, 1));
            case DAYS_BETWEEN -> (double) ChronoUnit.DAYS.between(date(call, arguments, 0), date(call, arguments, 1));
            case DAYS -> (double) duration(call, arguments, 0).days();
            case LOWER -> text(call, arguments, 0).toLowerCase(Locale.ROOT);
            case UPPER -> text(call, arguments, 0).toUpperCase(Locale.ROOT);
            case LENGTH -> (double) text(call, arguments, 0).codePointCount(0, text(call, arguments, 0).length());
            case CONTAINS -> text(call, arguments, 0).contains(text(call, arguments, 1));
            case STARTS_WITH -> text(call, arguments, 0).startsWith(text(call, arguments, 1));
            case ENDS_WITH -> text(call, arguments, 0).endsWith(text(call, arguments, 1));
            case COALESCE, IF -> throw new IllegalStateException("handled above: " + function);
        };
    }

    /** Returns (now - before) / before, or missing when before is zero. */
    static Double percentChange(double now, double before) {
        return before == 0.0 ? null : (now - before) / before;
    }

    /**
     * Rounds half away from zero to the given digits, as sign(x) * floor(|x| * 10^digits + 0.5) / 10^digits
     * in double precision. Engines disagree on how their own round() breaks ties (PostgreSQL 15 on
     * x86-64 rounds 2.5 as double precision to 2, DuckDB 1.4 to 3), so the SQL compiler emits these
     * steps instead of calling round(). Ties are judged on the binary value: 2.345 is stored as
     * 2.34499999... and rounds to 2.34.
     */
    static double round(double x, int digits) {
        double scale = Math.pow(10, digits);
        return x < 0 ? -Math.floor(-x * scale + 0.5) / scale : Math.floor(x * scale + 0.5) / scale;
    }

    private static Object abs(Expression.Call call, Object value) {
        if (value instanceof Double number) {
            return Math.abs(number);
        }
        if (value instanceof Duration duration) {
            return new Duration(Math.absExact(duration.days()));
        }
        throw wrongValue(call, value);
    }

    /** Returns the least (direction -1) or greatest (direction 1) argument. */
    private static Object extreme(Expression.Call call, List<Object> arguments, int direction) {
        Object best = arguments.get(0);
        for (Object candidate : arguments.subList(1, arguments.size())) {
            if (Integer.signum(Arithmetic.order(call, candidate, best)) == direction) {
                best = candidate;
            }
        }
        return best;
    }

    private static double number(Expression.Call call, List<Object> arguments, int index) {
        if (arguments.get(index) instanceof Double number) {
            return number;
        }
        throw wrongValue(call, arguments.get(index));
    }

    private static LocalDate date(Expression.Call call, List<Object> arguments, int index) {
        if (arguments.get(index) instanceof LocalDate date) {
            return date;
        }
        throw wrongValue(call, arguments.get(index));
    }

    private static Duration duration(Expression.Call call, List<Object> arguments, int index) {
        if (arguments.get(index) instanceof Duration duration) {
            return duration;
        }
        throw wrongValue(call, arguments.get(index));
    }

    private static String text(Expression.Call call, List<Object> arguments, int index) {
        if (arguments.get(index) instanceof String text) {
            return text;
        }
        throw wrongValue(call, arguments.get(index));
    }

    private static ExpressionException wrongValue(Expression.Call call, Object value) {
        return new ExpressionException(ExpressionException.Kind.TYPE, call.position(),
                call.function().functionName() + " cannot take the value " + Arithmetic.describe(value),
                Expressions.format(call), "bind values of the types the expression was checked against with TypeChecker");
    }
}
