package io.idem.expression;

import java.util.Objects;

/**
 * A lexical token.
 *
 * @param text  the token as written, for messages (a string keeps its quotes)
 * @param value the string content with {@code ''} unescaped for strings, the text for anything else
 */
record Token(TokenKind kind, String text, String value, Position position) {

    Token {
        Objects.requireNonNull(kind, "kind is null");
        Objects.requireNonNull(text, "text is null");
        Objects.requireNonNull(value, "value is null");
        Objects.requireNonNull(position, "position is null");
    }

    /** Returns whether this is a word token spelling the keyword, ignoring case. */
    boolean isKeyword(String keyword) {
        return kind == TokenKind.WORD && text.equalsIgnoreCase(keyword);
    }
}
