package io.idem.expression;

import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * The identifiers an expression may use and their types, supplied by the caller (for example the
 * features, triggers and segments defined so far, or the columns of one source).
 */
public final class Scope {

    private final Map<String, Type> types;

    private Scope(Map<String, Type> types) {
        this.types = Map.copyOf(types);
    }

    /** Creates a scope from names to types; neither may be null. */
    public static Scope of(Map<String, Type> types) {
        Objects.requireNonNull(types, "types is null");
        return new Scope(types);
    }

    public static Scope empty() {
        return new Scope(Map.of());
    }

    /** Returns the type of a name, or empty when the scope does not define it. */
    public Optional<Type> type(String name) {
        return Optional.ofNullable(types.get(name));
    }

    public Set<String> names() {
        return types.keySet();
    }

    @Override
    public String toString() {
        return "Scope" + types;
    }
}
