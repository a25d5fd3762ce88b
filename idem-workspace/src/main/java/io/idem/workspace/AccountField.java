package io.idem.workspace;

import io.idem.store.ColumnType;
import java.util.Objects;

/**
 * An account attribute that Idem keeps itself, declared under {@code account_fields:}. Playbook
 * steps of kind {@code update_field} set it; expressions read its current value in later runs.
 * It never overwrites a column of the accounts source.
 */
public record AccountField(String name, ColumnType type, String description, Location location) {

    public AccountField {
        Objects.requireNonNull(name, "name is null");
        Objects.requireNonNull(type, "type is null");
    }
}
