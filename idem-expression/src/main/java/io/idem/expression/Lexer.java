package io.idem.expression;

import java.util.ArrayList;
import java.util.List;
import java.util.function.IntPredicate;

/** Splits expression text into tokens, tracking 1-based line and column. */
final class Lexer {

    private final String text;
    private int offset;
    private int line = 1;
    private int column = 1;

    private Lexer(String text) {
        this.text = text;
    }

    /** Returns the tokens of the text, ending with an {@link TokenKind#END} token. */
    static List<Token> tokenize(String text) {
        return new Lexer(text).run();
    }

    private List<Token> run() {
        List<Token> tokens = new ArrayList<>();
        while (true) {
            skipWhitespace();
            if (offset >= text.length()) {
                tokens.add(new Token(TokenKind.END, "", "", here()));
                return tokens;
            }
            tokens.add(next());
        }
    }

    private Token next() {
        Position start = here();
        char c = text.charAt(offset);
        if (isDigit(c)) {
            return number(start);
        }
        if (isWordStart(c)) {
            String word = takeWhile(Lexer::isWordPart);
            return new Token(TokenKind.WORD, word, word, start);
        }
        if (c == '\'') {
            return string(start);
        }
        return symbol(start, c);
    }

    private Token number(Position start) {
        String digits = takeWhile(Lexer::isDigit);
        if (peek(0) == '.') {
            if (!isDigit(peek(1))) {
                throw syntax(start, "expected a digit after the decimal point", digits + ".", "write " + digits + ".0 or " + digits);
            }
            advance();
            digits = digits + "." + takeWhile(Lexer::isDigit);
        }
        if (!isWordPart(peek(0))) {
            return new Token(TokenKind.NUMBER, digits, digits, start);
        }

        String suffix = takeWhile(Lexer::isWordPart);
        String written = digits + suffix;
        if (suffix.matches("[eE][0-9]+")) {
            throw syntax(start, "scientific notation is not supported", written, "write the number in full, for example 100000 for 1e5");
        }
        if (DurationUnit.bySuffix(suffix).isEmpty()) {
            throw syntax(start, "'" + written + "' is not a number, a duration or a name", written,
                    "write durations as a whole number of days or weeks (30d, 4w); months vary in length and are not supported;"
                            + " names start with a letter or underscore");
        }
        if (digits.contains(".")) {
            throw syntax(start, "a duration must be a whole number of days or weeks", written,
                    "write a whole number, for example " + Math.round(Double.parseDouble(digits)) + suffix);
        }
        return new Token(TokenKind.DURATION, written, written, start);
    }

    private Token string(Position start) {
        StringBuilder value = new StringBuilder();
        int begin = offset;
        advance();
        while (true) {
            if (offset >= text.length()) {
                throw syntax(start, "the string opened at " + start.describe() + " is not closed", text.substring(begin),
                        "add a closing ' at the end of the string (write '' for a quote inside it)");
            }
            char c = text.charAt(offset);
            advance();
            if (c == '\'') {
                if (peek(0) != '\'') {
                    return new Token(TokenKind.STRING, text.substring(begin, offset), value.toString(), start);
                }
                advance();
            }
            value.append(c);
        }
    }

    private Token symbol(Position start, char c) {
        char following = peek(1);
        String pair = "" + c + following;
        switch (pair) {
            case "!=", "<>" -> {
                return take(TokenKind.NOT_EQUAL, 2, start);
            }
            case "<=" -> {
                return take(TokenKind.LESS_OR_EQUAL, 2, start);
            }
            case ">=" -> {
                return take(TokenKind.GREATER_OR_EQUAL, 2, start);
            }
            case "==" -> throw syntax(start, "'==' is not an operator", "==", "write = to test equality");
            case "&&" -> throw syntax(start, "'&&' is not an operator", "&&", "write and");
            case "||" -> throw syntax(start, "'||' is not an operator", "||", "write or; strings cannot be joined");
            default -> {
                return single(start, c);
            }
        }
    }

    private Token single(Position start, char c) {
        TokenKind kind = switch (c) {
            case '=' -> TokenKind.EQUAL;
            case '<' -> TokenKind.LESS;
            case '>' -> TokenKind.GREATER;
            case '+' -> TokenKind.PLUS;
            case '-' -> TokenKind.MINUS;
            case '*' -> TokenKind.STAR;
            case '/' -> TokenKind.SLASH;
            case '%' -> TokenKind.PERCENT;
            case '(' -> TokenKind.LEFT_PAREN;
            case ')' -> TokenKind.RIGHT_PAREN;
            case ',' -> TokenKind.COMMA;
            default -> null;
        };
        if (kind != null) {
            return take(kind, 1, start);
        }
        throw unexpectedCharacter(start, c);
    }

    private ExpressionException unexpectedCharacter(Position start, char c) {
        String found = String.valueOf(c);
        return switch (c) {
            case '"' -> syntax(start, "strings use single quotes", found, "write 'text' instead of \"text\"");
            case '!' -> syntax(start, "'!' alone is not an operator", found, "write != for not equal, or not to negate a condition");
            case '&', '|' -> syntax(start, "'" + c + "' is not an operator", found, "write and or or");
            case '.' -> isDigit(peek(1))
                    ? syntax(start, "a number must start with a digit", found, "write 0.5 instead of .5")
                    : syntax(start, "names cannot contain '.'", found, "write the column or feature name alone, without a table name in front");
            default -> syntax(start, "unexpected character", found,
                    "remove it; expressions are made of names, numbers, 'strings', durations such as 30d, operators and parentheses");
        };
    }

    private Token take(TokenKind kind, int length, Position start) {
        String written = text.substring(offset, offset + length);
        for (int i = 0; i < length; i++) {
            advance();
        }
        return new Token(kind, written, written, start);
    }

    private String takeWhile(IntPredicate accepted) {
        int begin = offset;
        while (offset < text.length() && accepted.test(text.charAt(offset))) {
            advance();
        }
        return text.substring(begin, offset);
    }

    private void skipWhitespace() {
        while (offset < text.length() && Character.isWhitespace(text.charAt(offset))) {
            advance();
        }
    }

    private void advance() {
        char c = text.charAt(offset);
        offset++;
        if (c == '\n') {
            line++;
            column = 1;
        } else {
            column++;
        }
    }

    private char peek(int ahead) {
        int index = offset + ahead;
        return index < text.length() ? text.charAt(index) : '\0';
    }

    private Position here() {
        return new Position(line, column);
    }

    private static ExpressionException syntax(Position position, String problem, String found, String fix) {
        return new ExpressionException(ExpressionException.Kind.SYNTAX, position, problem, found, fix);
    }

    private static boolean isDigit(int c) {
        return c >= '0' && c <= '9';
    }

    private static boolean isWordStart(int c) {
        return c == '_' || (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
    }

    private static boolean isWordPart(int c) {
        return isWordStart(c) || isDigit(c);
    }
}
