package io.idem.ingest;

/**
 * Reads booleans in the spellings found in exports, case-insensitively: true/false (which covers
 * Python's True/False), yes/no, y/n, t/f and 1/0.
 */
final class BooleanParser {

    private BooleanParser() {
    }

    /** Parses a trimmed, non-blank range. */
    static Boolean parse(char[] chars, int start, int end) throws InvalidValueException {
        int length = end - start;
        Boolean value = switch (length) {
            case 1 -> single(Character.toLowerCase(chars[start]));
            case 2 -> matches(chars, start, "no") ? Boolean.FALSE : null;
            case 3 -> matches(chars, start, "yes") ? Boolean.TRUE : null;
            case 4 -> matches(chars, start, "true") ? Boolean.TRUE : null;
            case 5 -> matches(chars, start, "false") ? Boolean.FALSE : null;
            default -> null;
        };
        if (value == null) {
            throw new InvalidValueException("not a boolean: use true/false, yes/no, y/n, t/f or 1/0");
        }
        return value;
    }

    private static Boolean single(char c) {
        return switch (c) {
            case 't', 'y', '1' -> Boolean.TRUE;
            case 'f', 'n', '0' -> Boolean.FALSE;
            default -> null;
        };
    }

    private static boolean matches(char[] chars, int start, String lowerCase) {
        for (int i = 0; i < lowerCase.length(); i++) {
            if (Character.toLowerCase(chars[start + i]) != lowerCase.charAt(i)) {
                return false;
            }
        }
        return true;
    }
}
