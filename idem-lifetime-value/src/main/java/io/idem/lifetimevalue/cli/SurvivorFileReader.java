package io.idem.lifetimevalue.cli;

import io.idem.lifetimevalue.contractual.InvalidSurvivorCountsException;
import io.idem.lifetimevalue.contractual.SurvivorCounts;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads the survivor counts of one cohort: the cohort size, then the customers still active at the end of each
 * period. Counts are whole numbers, one per line or several per line separated by commas. Blank lines and lines
 * starting with '#' are skipped.
 */
public final class SurvivorFileReader {

    private SurvivorFileReader() {
    }

    /** Position of one count in the file, kept to report errors found after parsing. */
    private record Located(long value, int line, int column, String text) {
    }

    /**
     * Parses and validates the counts in {@code file}.
     *
     * @throws InputFormatException if a value is not a whole number or the counts break a rule of
     *     {@link SurvivorCounts}, naming the line and column of the offending value
     * @throws IOException if the file cannot be read
     */
    public static SurvivorCounts read(Path file) throws IOException, InputFormatException {
        List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
        List<Located> values = new ArrayList<>();
        for (int index = 0; index < lines.size(); index++) {
            String line = lines.get(index).strip();
            if (line.isEmpty() || line.startsWith("#")) {
                continue;
            }
            String[] fields = line.split(",", -1);
            for (int column = 0; column < fields.length; column++) {
                values.add(parse(file, index + 1, column + 1, fields[column].strip()));
            }
        }

        long[] counts = values.stream().mapToLong(Located::value).toArray();
        try {
            return new SurvivorCounts(counts);
        } catch (InvalidSurvivorCountsException e) {
            if (e.index() < 0) {
                throw new InputFormatException(file, 0, 0, null, null, e.getMessage(),
                        "list the cohort size first, then one survivor count per period");
            }
            Located located = values.get(e.index());
            throw new InputFormatException(file, located.line(), located.column(), null, located.text(),
                    e.getMessage(), "correct this count; counts must start with the cohort size and never increase");
        }
    }

    private static Located parse(Path file, int line, int column, String text) throws InputFormatException {
        if (text.isEmpty()) {
            throw new InputFormatException(file, line, column, null, text, "empty survivor count",
                    "remove the extra comma or write the count");
        }
        try {
            return new Located(Long.parseLong(text), line, column, text);
        } catch (NumberFormatException e) {
            throw new InputFormatException(file, line, column, null, text, "not a whole number of customers",
                    "write survivor counts as integers such as 631, not percentages or decimals");
        }
    }
}
