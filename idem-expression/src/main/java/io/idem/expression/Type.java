package io.idem.expression;

import java.util.Locale;

/**
 * Types of expression values. Money behaves as a number that remembers it is an amount, so
 * {@code money * number} stays money and {@code money / money} is a plain number. A duration is a
 * whole number of days. A list is only the value list after {@code in}.
 */
public enum Type {
    NUMBER,
    MONEY,
    DATE,
    DURATION,
    BOOLEAN,
    STRING,
    LIST;

    /** Returns the lower-case name used in messages and documentation, for example {@code money}. */
    public String displayName() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** Returns whether values of this type take part in arithmetic as numbers. */
    public boolean isNumeric() {
        return this == NUMBER || this == MONEY;
    }
}
