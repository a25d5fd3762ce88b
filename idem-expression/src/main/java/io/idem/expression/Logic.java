package io.idem.expression;

/**
 * Three-valued logic as in SQL, with null standing for missing: false wins in {@code and}, true
 * wins in {@code or}, and otherwise a missing operand makes the result missing.
 */
final class Logic {

    private Logic() {
    }

    static Boolean and(Boolean left, Boolean right) {
        if (Boolean.FALSE.equals(left) || Boolean.FALSE.equals(right)) {
            return false;
        }
        return left == null || right == null ? null : true;
    }

    static Boolean or(Boolean left, Boolean right) {
        if (Boolean.TRUE.equals(left) || Boolean.TRUE.equals(right)) {
            return true;
        }
        return left == null || right == null ? null : false;
    }

    static Boolean not(Boolean value) {
        return value == null ? null : !value;
    }
}
