package io.idem.identify;

import io.idem.expression.Bindings;
import java.util.LinkedHashSet;
import java.util.Set;

/** Reads one account's values straight from the frame's columns, with no per-row copy. */
final class FrameBindings implements Bindings.Lookup {

    private final AccountFrame frame;
    private int row;

    FrameBindings(AccountFrame frame) {
        this.frame = frame;
    }

    /** Moves to another account; the same instance serves a whole column of evaluations. */
    FrameBindings at(int row) {
        this.row = row;
        return this;
    }

    @Override
    public boolean contains(String name) {
        return frame.has(name);
    }

    @Override
    public Object value(String name) {
        return frame.column(name)[row];
    }

    @Override
    public Set<String> names() {
        return new LinkedHashSet<>(frame.columnNames());
    }
}
