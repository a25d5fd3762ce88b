package io.idem.workspace;

import java.util.Objects;

/**
 * A parameter of a trigger template, written as a field of the trigger next to {@code template}.
 *
 * @param defaultValue the value when the field is absent, or null when the parameter is optional
 *                     (or required, see {@code required})
 * @param minimum      the smallest accepted value of a whole or decimal number
 */
record TemplateParameter(String name, Type type, String defaultValue, int minimum, boolean required) {

    /** Value type of a parameter, which decides how it is read and embedded in the generated condition. */
    enum Type {
        /** A whole number, embedded as digits. */
        WHOLE_NUMBER,
        /** A decimal number, embedded in plain notation. */
        NUMBER,
        /** Free text, embedded as a quoted string literal. */
        TEXT,
        /** The name of a source or column, embedded as an identifier. */
        NAME
    }

    TemplateParameter {
        Objects.requireNonNull(name, "name is null");
        Objects.requireNonNull(type, "type is null");
    }

    static TemplateParameter whole(String name, int defaultValue, int minimum) {
        return new TemplateParameter(name, Type.WHOLE_NUMBER, String.valueOf(defaultValue), minimum, false);
    }

    static TemplateParameter number(String name, String defaultValue) {
        return new TemplateParameter(name, Type.NUMBER, defaultValue, 0, false);
    }

    static TemplateParameter text(String name, String defaultValue) {
        return new TemplateParameter(name, Type.TEXT, defaultValue, 0, false);
    }

    static TemplateParameter requiredText(String name) {
        return new TemplateParameter(name, Type.TEXT, null, 0, true);
    }

    static TemplateParameter identifier(String name) {
        return new TemplateParameter(name, Type.NAME, null, 0, false);
    }
}
