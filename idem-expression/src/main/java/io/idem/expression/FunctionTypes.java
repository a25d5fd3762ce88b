package io.idem.expression;

import java.math.BigDecimal;
import java.util.List;

/** Argument and result types of the built-in functions. */
final class FunctionTypes {

    private FunctionTypes() {
    }

    /** Returns the result type of a call whose arguments have the given types. */
    static Type check(Expression.Call call, List<Type> arguments) {
        return switch (call.function()) {
            case COALESCE -> unifyAll(call, arguments);
            case ABS -> {
                Type x = arguments.get(0);
                if (!x.isNumeric() && x != Type.DURATION) {
                    throw argumentError(call, 0, x, "a number, money or a duration");
                }
                yield x;
            }
            case ROUND -> {
                requireNumeric(call, arguments, 0);
                if (arguments.size() == 2) {
                    checkRoundDigits(call, call.arguments().get(1));
                }
                yield arguments.get(0);
            }
            case LEAST, GREATEST -> {
                Type type = unifyAll(call, arguments);
                if (!type.isNumeric() && type != Type.DATE && type != Type.DURATION) {
                    throw argumentError(call, 0, type, "a number, money, a date or a duration");
                }
                yield type;
            }
            case PCT_CHANGE, RATIO -> {
                requireNumeric(call, arguments, 0);
                requireNumeric(call, arguments, 1);
                yield Type.NUMBER;
            }
            case DAYS_BETWEEN -> {
                require(call, arguments, 0, Type.DATE);
                require(call, arguments, 1, Type.DATE);
                yield Type.NUMBER;
            }
            case DAYS -> {
                require(call, arguments, 0, Type.DURATION);
                yield Type.NUMBER;
            }
            case LOWER, UPPER -> {
                require(call, arguments, 0, Type.STRING);
                yield Type.STRING;
            }
            case LENGTH -> {
                require(call, arguments, 0, Type.STRING);
                yield Type.NUMBER;
            }
            case CONTAINS, STARTS_WITH, ENDS_WITH -> {
                require(call, arguments, 0, Type.STRING);
                require(call, arguments, 1, Type.STRING);
                yield Type.BOOLEAN;
            }
            case IF -> {
                require(call, arguments, 0, Type.BOOLEAN);
                yield unifyAll(call, arguments.subList(1, 3), 1);
            }
        };
    }

    private static Type unifyAll(Expression.Call call, List<Type> arguments) {
        return unifyAll(call, arguments, 0);
    }

    /** Returns the common type of the arguments; {@code first} is the index of arguments.get(0) in the call. */
    private static Type unifyAll(Expression.Call call, List<Type> arguments, int first) {
        Type common = arguments.get(0);
        for (int i = 1; i < arguments.size(); i++) {
            Type unified = OperatorTypes.unify(common, arguments.get(i));
            if (unified == null) {
                Expression argument = call.arguments().get(first + i);
                throw new ExpressionException(ExpressionException.Kind.TYPE, argument.position(),
                        "argument " + (first + i + 1) + " of " + call.function().functionName() + " is a " + arguments.get(i).displayName()
                                + " but the earlier ones are " + common.displayName(),
                        Expressions.format(argument), "give every value of " + call.function().functionName() + " the same type");
            }
            common = unified;
        }
        return common;
    }

    private static void requireNumeric(Expression.Call call, List<Type> arguments, int index) {
        if (!arguments.get(index).isNumeric()) {
            throw argumentError(call, index, arguments.get(index), "a number or money");
        }
    }

    private static void require(Expression.Call call, List<Type> arguments, int index, Type expected) {
        if (arguments.get(index) != expected) {
            String article = expected == Type.DATE || expected == Type.DURATION || expected == Type.BOOLEAN ? "a " : "";
            String name = expected == Type.BOOLEAN ? "condition (true or false)" : expected.displayName();
            throw argumentError(call, index, arguments.get(index), article + name);
        }
    }

    private static ExpressionException argumentError(Expression.Call call, int index, Type found, String expected) {
        Expression argument = call.arguments().get(index);
        return new ExpressionException(ExpressionException.Kind.TYPE, argument.position(),
                "argument " + (index + 1) + " of " + call.function().functionName() + " must be " + expected + ", found a " + found.displayName(),
                Expressions.format(argument), "write " + call.function().signature() + " with " + expected + " as argument " + (index + 1));
    }

    /** Requires a whole-number literal from 0 to {@link Function#MAX_ROUND_DIGITS}, so that 10^digits is exact. */
    private static void checkRoundDigits(Expression.Call call, Expression digits) {
        if (digits instanceof Expression.NumberLiteral literal) {
            BigDecimal value = literal.value();
            if (value.stripTrailingZeros().scale() <= 0 && value.compareTo(BigDecimal.valueOf(Function.MAX_ROUND_DIGITS)) <= 0) {
                return;
            }
        }
        throw new ExpressionException(ExpressionException.Kind.ARGUMENTS, digits.position(),
                "the digits of round must be a whole number from 0 to " + Function.MAX_ROUND_DIGITS + " written as a literal",
                Expressions.format(digits), "write round(x) or round(x, 2)");
    }

    /** Returns the number of digits of a checked {@code round} call: 0 without a second argument. */
    static int roundDigits(Expression.Call call) {
        return call.arguments().size() < 2 ? 0 : ((Expression.NumberLiteral) call.arguments().get(1)).value().intValueExact();
    }
}
