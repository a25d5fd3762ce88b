package io.idem.workspace;

import io.idem.store.ColumnType;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/** Typed reads of mapping fields, with unknown-key checks; every problem goes to the node's list. */
final class FieldReader {

    private static final Pattern DURATION = Pattern.compile("(\\d{1,6})\\s*([dw])");
    static final Pattern NAME = Pattern.compile("[a-z][a-z0-9_]{0,62}");

    private final YamlNode owner;
    private final Map<String, YamlNode> fields;

    FieldReader(YamlNode owner, Set<String> allowed) {
        this.owner = owner;
        this.fields = owner.entries();
        for (Map.Entry<String, YamlNode> entry : fields.entrySet()) {
            if (!allowed.contains(entry.getKey())) {
                owner.keyNode(entry.getKey()).problem(entry.getKey(), "unknown field '" + entry.getKey() + "'",
                        Suggestions.hint(entry.getKey(), allowed.stream().sorted().toList()));
            }
        }
    }

    YamlNode node(String key) {
        return fields.get(key);
    }

    String string(String key, boolean required) {
        YamlNode node = fields.get(key);
        String value = node == null ? null : node.text();
        if (value == null && required) {
            missing(key);
        }
        return value;
    }

    void missing(String key) {
        owner.problems(key);
    }

    String name(String key, boolean required) {
        String value = string(key, required);
        if (value != null && !NAME.matcher(value).matches()) {
            fields.get(key).problem(value, "invalid name", "use lower-case letters, digits and underscores, starting with a letter");
            return null;
        }
        return value;
    }

    <E extends Enum<E>> E enumValue(String key, Class<E> type, E defaultValue) {
        return enumValue(key, type, defaultValue, defaultValue == null);
    }

    <E extends Enum<E>> E optionalEnum(String key, Class<E> type) {
        return enumValue(key, type, null, false);
    }

    private <E extends Enum<E>> E enumValue(String key, Class<E> type, E defaultValue, boolean required) {
        String value = string(key, required);
        if (value == null) {
            return defaultValue;
        }
        String trimmed = value.trim();
        String normalised = trimmed.toUpperCase(Locale.ROOT).replace('-', '_');
        try {
            if (!trimmed.equals(trimmed.toLowerCase(Locale.ROOT))) {
                throw new IllegalArgumentException("enum values are lower case");
            }
            return Enum.valueOf(type, normalised);
        } catch (IllegalArgumentException e) {
            List<String> options = Arrays.stream(type.getEnumConstants())
                    .map(c -> c.name().toLowerCase(Locale.ROOT)).collect(Collectors.toList());
            fields.get(key).problem(value, "invalid " + key, Suggestions.hint(value.toLowerCase(Locale.ROOT), options));
            return defaultValue;
        }
    }

    Double number(String key, Double defaultValue) {
        String value = string(key, false);
        if (value == null) {
            return defaultValue;
        }
        try {
            return Double.parseDouble(value.trim());
        } catch (NumberFormatException e) {
            fields.get(key).problem(value, "not a number", "write a plain number such as 30 or 0.25");
            return defaultValue;
        }
    }

    BigDecimal money(String key, boolean required) {
        String value = string(key, required);
        if (value == null) {
            return null;
        }
        try {
            BigDecimal amount = new BigDecimal(value.trim());
            if (amount.signum() < 0) {
                fields.get(key).problem(value, "price is negative", "write a price of 0 or more");
                return null;
            }
            return amount;
        } catch (NumberFormatException e) {
            fields.get(key).problem(value, "not an amount", "write the monthly price as a plain number, for example 49.00");
            return null;
        }
    }

    boolean bool(String key, boolean defaultValue) {
        String value = string(key, false);
        if (value == null) {
            return defaultValue;
        }
        return switch (value.trim().toLowerCase(Locale.ROOT)) {
            case "true", "yes", "on" -> true;
            case "false", "no", "off" -> false;
            default -> {
                fields.get(key).problem(value, "not a boolean", "write true or false");
                yield defaultValue;
            }
        };
    }

    /** Reads a duration in days: {@code 30d} or {@code 4w}. */
    Integer days(String key, Integer defaultValue) {
        String value = string(key, false);
        if (value == null) {
            return defaultValue;
        }
        Matcher matcher = DURATION.matcher(value.trim());
        if (!matcher.matches()) {
            fields.get(key).problem(value, "invalid duration",
                    "write a number of days or weeks (at most 6 digits) with its unit, for example 30d or 4w");
            return defaultValue;
        }
        int amount = Integer.parseInt(matcher.group(1));
        return matcher.group(2).equals("w") ? amount * 7 : amount;
    }

    LocalDate date(String key) {
        String value = string(key, false);
        if (value == null) {
            return null;
        }
        try {
            return LocalDate.parse(value.trim());
        } catch (DateTimeParseException e) {
            fields.get(key).problem(value, "invalid date", "write an ISO date such as 2024-12-31");
            return null;
        }
    }

    ColumnType columnType(String key) {
        return enumValue(key, ColumnType.class, ColumnType.STRING);
    }

    List<String> strings(String key) {
        YamlNode node = fields.get(key);
        List<String> values = new ArrayList<>();
        if (node == null) {
            return values;
        }
        if (node.isScalar()) {
            String single = node.text();
            if (single != null) {
                values.add(single);
            }
            return values;
        }
        for (YamlNode item : node.items()) {
            String value = item.text();
            if (value != null) {
                values.add(value);
            }
        }
        return values;
    }
}
