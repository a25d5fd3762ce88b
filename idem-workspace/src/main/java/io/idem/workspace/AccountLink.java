package io.idem.workspace;

/**
 * How rows of a source without an account_id reach their account: through {@code column}, which
 * holds the key of a row of {@code source} (for example usage rows that name a subscription).
 */
public record AccountLink(String source, String column, Location location) {
}
