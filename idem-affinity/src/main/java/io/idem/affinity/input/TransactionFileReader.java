package io.idem.affinity.input;

import static java.util.Objects.requireNonNull;

import io.idem.affinity.mining.TransactionDatabase;
import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Reads a transaction file in one of the {@link InputFormat}s. Item names are trimmed, and may not contain
 * {@value #ITEM_SEPARATOR}, because output joins the items of an itemset with it.
 *
 * @param basketDelimiter the field delimiter of the baskets format; the pairs format is always comma-separated
 * @param accountColumn the header name of the account column in the pairs format, matched ignoring case
 * @param productColumn the header name of the product column in the pairs format, matched ignoring case
 */
public record TransactionFileReader(char basketDelimiter, String accountColumn, String productColumn) {

    public static final String ITEM_SEPARATOR = "|";

    private static final Logger LOG = LoggerFactory.getLogger(TransactionFileReader.class);

    public TransactionFileReader {
        requireNonNull(accountColumn, "accountColumn is null");
        requireNonNull(productColumn, "productColumn is null");
    }

    /** The baskets read and the format they were read as, which differs from the request for AUTO. */
    public record Loaded(TransactionDatabase database, InputFormat format) {

        public Loaded {
            requireNonNull(database, "database is null");
            requireNonNull(format, "format is null");
            if (format == InputFormat.AUTO) {
                throw new IllegalArgumentException("a loaded file has a concrete format, not AUTO");
            }
        }
    }

    /**
     * Reads {@code file} as {@code format}.
     *
     * @throws InputFileException when the file is missing, unreadable, empty or malformed
     */
    public Loaded read(Path file, InputFormat format) {
        requireNonNull(file, "file is null");
        requireNonNull(format, "format is null");

        InputFormat resolved = switch (format) {
            case BASKETS, PAIRS -> format;
            case AUTO -> detect(file);
        };
        TransactionDatabase database = switch (resolved) {
            case BASKETS -> withReader(file, basketDelimiter, records -> BasketFile.read(file, records));
            case PAIRS -> withReader(file, ',', records -> PairFile.read(file, records, accountColumn, productColumn));
            case AUTO -> throw new IllegalStateException("AUTO was resolved above");
        };
        return new Loaded(database, resolved);
    }

    private InputFormat detect(Path file) {
        Optional<DelimitedRecord> first = withReader(file, ',', TransactionFileReader::firstNonBlank);
        boolean pairs = first
                .map(header -> PairFile.columnIndex(header, accountColumn) >= 0
                        && PairFile.columnIndex(header, productColumn) >= 0)
                .orElse(false);
        InputFormat detected = pairs ? InputFormat.PAIRS : InputFormat.BASKETS;
        LOG.info("Detected the {} format in {}: the first line {} the columns '{}' and '{}'", detected, file,
                pairs ? "names" : "does not name", accountColumn, productColumn);
        return detected;
    }

    private static Optional<DelimitedRecord> firstNonBlank(DelimitedRecordReader records) throws IOException {
        for (Optional<DelimitedRecord> next = records.next(); next.isPresent(); next = records.next()) {
            if (!next.get().isBlank()) {
                return next;
            }
        }
        return Optional.empty();
    }

    @FunctionalInterface
    private interface RecordsFunction<T> {
        T apply(DelimitedRecordReader records) throws IOException;
    }

    private static <T> T withReader(Path file, char delimiter, RecordsFunction<T> function) {
        if (!Files.isRegularFile(file)) {
            throw new InputFileException(file, 0, "input file not found", file.toString(),
                    "pass the path of an existing file with --input");
        }
        try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8);
                DelimitedRecordReader records = new DelimitedRecordReader(file, reader, delimiter)) {
            return function.apply(records);
        } catch (IOException e) {
            throw new InputFileException(file, 0, "input file cannot be read", String.valueOf(e.getMessage()),
                    "check that the file is readable UTF-8 text", e);
        }
    }
}
