package io.idem.expression;

import java.util.List;

/** The parser's position in the token list, and how deeply it has nested. */
final class TokenCursor {

    private final List<Token> tokens;
    private int index;
    private int depth;

    TokenCursor(List<Token> tokens) {
        if (tokens.isEmpty() || tokens.get(tokens.size() - 1).kind() != TokenKind.END) {
            throw new IllegalArgumentException("the token list must end with an END token");
        }
        this.tokens = List.copyOf(tokens);
    }

    Token current() {
        return tokens.get(index);
    }

    /** Returns the token before the current one, or null at the start. */
    Token previous() {
        return index == 0 ? null : tokens.get(index - 1);
    }

    /** Returns the token {@code ahead} places after the current one, or END past the end. */
    Token peek(int ahead) {
        return tokens.get(Math.min(index + ahead, tokens.size() - 1));
    }

    /** Returns the current token and moves past it; stays on END. */
    Token advance() {
        Token token = current();
        if (token.kind() != TokenKind.END) {
            index++;
        }
        return token;
    }

    /**
     * Counts one more level of nesting, opened by {@code token}; pair with {@link #leave()}.
     *
     * @throws ExpressionException beyond {@link Parser#MAX_DEPTH} levels, so that hostile input cannot overflow the stack
     */
    void enter(Token token) {
        depth++;
        if (depth > Parser.MAX_DEPTH) {
            throw Syntax.error(token, "the expression nests deeper than " + Parser.MAX_DEPTH + " levels",
                    "split it into several features that refer to each other");
        }
    }

    void leave() {
        depth--;
    }
}
