package io.idem.workspace;

import io.idem.store.ColumnType;
import java.util.Objects;

/**
 * A column of a source: its name in the store ({@code name}), the header it is read from in the
 * file ({@code header}), its type, and whether a blank value quarantines the row.
 */
public record Column(String name, String header, ColumnType type, boolean required, Location location) {

    public Column {
        Objects.requireNonNull(name, "name is null");
        Objects.requireNonNull(header, "header is null");
        Objects.requireNonNull(type, "type is null");
    }
}
