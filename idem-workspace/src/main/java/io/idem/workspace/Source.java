package io.idem.workspace;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * A CSV file the workspace imports. The store table is {@code src_<name>} with the declared
 * columns in declaration order plus {@code _line}, the file line each row came from.
 *
 * @param encoding  {@code utf-8} (a byte-order mark is accepted) or {@code windows-1252}
 * @param delimiter the field separator, or null to detect it from the header line
 * @param key       columns that identify a row; empty when rows have no natural key
 */
public record Source(String name, SourceKind kind, String file, String encoding, Character delimiter,
                     List<String> key, Map<String, Column> columns, AccountLink accountLink, Location location) {

    public Source {
        Objects.requireNonNull(name, "name is null");
        Objects.requireNonNull(kind, "kind is null");
        key = List.copyOf(key);
        columns = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(columns));
    }

    public String tableName() {
        return "src_" + name;
    }

    public Optional<Column> column(String columnName) {
        return Optional.ofNullable(columns.get(columnName));
    }

    /** Returns whether rows carry their account id directly rather than through an {@link AccountLink}. */
    public boolean hasAccountId() {
        return columns.containsKey("account_id");
    }
}
