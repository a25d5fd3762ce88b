package io.idem.expression;

/** Kinds of lexical tokens. Keywords are {@link #WORD}s that the parser recognises by spelling. */
enum TokenKind {
    NUMBER,
    DURATION,
    STRING,
    WORD,
    EQUAL,
    NOT_EQUAL,
    LESS,
    LESS_OR_EQUAL,
    GREATER,
    GREATER_OR_EQUAL,
    PLUS,
    MINUS,
    STAR,
    SLASH,
    PERCENT,
    LEFT_PAREN,
    RIGHT_PAREN,
    COMMA,
    END
}
