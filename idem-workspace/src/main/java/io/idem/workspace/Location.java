package io.idem.workspace;

import java.nio.file.Path;

/** A place in a workspace file: 1-based line and column, and the dotted path of the field. */
public record Location(Path file, int line, int column, String field) {

    public static Location unknown(Path file, String field) {
        return new Location(file, 0, 0, field);
    }

    @Override
    public String toString() {
        String where = file == null ? "idem.yaml" : file.toString();
        return line > 0 ? where + ":" + line + ":" + column : where;
    }
}
