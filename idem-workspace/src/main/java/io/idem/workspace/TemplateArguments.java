package io.idem.workspace;

import java.math.BigDecimal;
import java.util.HashMap;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * The parameter values of one templated trigger, checked against their types. A wrong value is
 * reported at its field and replaced by the parameter's default. The caller drops the trigger
 * when {@link #valid()} is false.
 */
final class TemplateArguments {

    /** Characters allowed in a source or column name written as a parameter. */
    private static final Pattern IDENTIFIER_CHARACTERS = Pattern.compile("[A-Za-z0-9 _-]+");

    private final TriggerTemplate template;
    private final YamlNode trigger;
    private final Map<String, YamlNode> present;
    private final Map<String, String> values = new HashMap<>();
    private boolean valid = true;

    /**
     * @param trigger the trigger's mapping, whose fields hold the parameters
     * @param present the parameter fields present in the trigger, by name
     */
    TemplateArguments(TriggerTemplate template, YamlNode trigger, Map<String, YamlNode> present) {
        this.template = template;
        this.trigger = trigger;
        this.present = present;
        for (TemplateParameter parameter : template.parameters()) {
            read(parameter);
        }
    }

    boolean valid() {
        return valid;
    }

    /** Returns whether the trigger gives the parameter, as opposed to taking its default. */
    boolean isGiven(String name) {
        return present.containsKey(name) && values.get(name) != null;
    }

    int whole(String name) {
        return Integer.parseInt(values.get(name));
    }

    BigDecimal number(String name) {
        return new BigDecimal(values.get(name));
    }

    /** Returns the text value, or null when the parameter is optional and absent. */
    String text(String name) {
        return values.get(name);
    }

    private void read(TemplateParameter parameter) {
        YamlNode node = present.get(parameter.name());
        String value = node == null ? null : node.text();
        if (value == null) {
            if (parameter.required()) {
                fail(trigger, null, "template " + template.configName() + " needs the parameter '" + parameter.name() + "'",
                        "add '" + parameter.name() + ": VALUE' under " + trigger.path());
            }
            values.put(parameter.name(), parameter.defaultValue());
            return;
        }
        String trimmed = value.trim();
        switch (parameter.type()) {
            case WHOLE_NUMBER -> readWhole(parameter, node, trimmed);
            case NUMBER -> readNumber(parameter, node, trimmed);
            case TEXT -> values.put(parameter.name(), value);
            case NAME -> readName(parameter, node, trimmed);
        }
    }

    private void readWhole(TemplateParameter parameter, YamlNode node, String value) {
        if (!value.matches("\\d{1,6}") || Integer.parseInt(value) < parameter.minimum()) {
            fail(node, value, "'" + parameter.name() + "' must be a whole number of at least " + parameter.minimum(),
                    "write a plain number of at most 6 digits without a unit, for example " + parameter.name() + ": " + parameter.defaultValue());
            values.put(parameter.name(), parameter.defaultValue());
            return;
        }
        values.put(parameter.name(), String.valueOf(Integer.parseInt(value)));
    }

    private void readNumber(TemplateParameter parameter, YamlNode node, String value) {
        BigDecimal number = null;
        try {
            number = new BigDecimal(value);
        } catch (NumberFormatException e) {
            // Reported below, with the fix.
        }
        if (number == null || number.signum() < 0 || number.abs().compareTo(BigDecimal.valueOf(1_000_000)) > 0) {
            fail(node, value, "'" + parameter.name() + "' must be a number from 0 to 1000000",
                    "write a plain number, for example " + parameter.name() + ": " + parameter.defaultValue());
            values.put(parameter.name(), parameter.defaultValue());
            return;
        }
        values.put(parameter.name(), number.toPlainString());
    }

    private void readName(TemplateParameter parameter, YamlNode node, String value) {
        if (!IDENTIFIER_CHARACTERS.matcher(value).matches()) {
            fail(node, value, "'" + parameter.name() + "' may contain only letters, digits, spaces, '_' and '-'",
                    "write the name of a " + parameter.name() + " declared under sources");
            return;
        }
        values.put(parameter.name(), value);
    }

    private void fail(YamlNode node, String value, String message, String fix) {
        node.problem(value, message, fix);
        valid = false;
    }
}
