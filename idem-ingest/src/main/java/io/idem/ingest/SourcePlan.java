package io.idem.ingest;

import io.idem.workspace.Source;
import java.nio.charset.Charset;
import java.nio.file.Path;
import java.util.Objects;

/**
 * A source whose file passed the checks before loading: how to read it and where each declared
 * column is in it.
 *
 * @param headerFieldCount the number of fields in the header, which every record must have
 * @param headerIndexes    for each declared column, in declaration order, its field index in the file
 * @param contentHash      SHA-256 of the file's bytes, lower-case hex
 */
record SourcePlan(Source source, Path file, Charset charset, char delimiter, int headerFieldCount,
                  int[] headerIndexes, String contentHash, long sizeBytes) {

    SourcePlan {
        Objects.requireNonNull(source, "source is null");
        Objects.requireNonNull(file, "file is null");
        Objects.requireNonNull(charset, "charset is null");
        Objects.requireNonNull(contentHash, "contentHash is null");
        headerIndexes = headerIndexes.clone();
        if (headerIndexes.length != source.columns().size()) {
            throw new IllegalArgumentException("source " + source.name() + ": " + headerIndexes.length
                    + " header indexes for " + source.columns().size() + " columns");
        }
    }

    String name() {
        return source.name();
    }

    int headerIndex(int column) {
        return headerIndexes[column];
    }
}
