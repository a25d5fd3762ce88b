package io.idem.cli;

import io.idem.identify.AccountFrame;
import io.idem.store.Store;
import io.idem.store.StoreException;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The benchmark workspace's features computed by the hand-written query
 * {@code io/idem/demo/bench-features.sql}, read into memory, and their comparison with Idem's
 * frame, value by value.
 */
final class HandWrittenFeatures {

    static final String RESOURCE = "/io/idem/demo/bench-features.sql";
    /** Largest relative difference between two numbers that still counts as equal. */
    static final double RELATIVE_TOLERANCE = 1e-9;
    private static final int EXAMPLES_PER_FEATURE = 3;

    private final List<String> names;
    private final List<String> accounts;
    private final List<Column> columns;

    private HandWrittenFeatures(List<String> names, List<String> accounts, List<Column> columns) {
        this.names = names;
        this.accounts = accounts;
        this.columns = columns;
    }

    /**
     * One result column, kept as doubles with a missing flag so that a million accounts by 50
     * features take about 450 MB. Values that are not numbers (the plan name) are kept as text.
     */
    private static final class Column {
        private double[] numbers = new double[1024];
        private boolean[] missing = new boolean[1024];
        private String[] texts;

        void set(int row, Object value) {
            if (row >= numbers.length) {
                numbers = java.util.Arrays.copyOf(numbers, numbers.length * 2);
                missing = java.util.Arrays.copyOf(missing, missing.length * 2);
                if (texts != null) {
                    texts = java.util.Arrays.copyOf(texts, texts.length * 2);
                }
            }
            Double number = number(value);
            if (value == null) {
                missing[row] = true;
            } else if (number != null) {
                numbers[row] = number;
            } else {
                if (texts == null) {
                    texts = new String[numbers.length];
                }
                texts[row] = value.toString();
            }
        }

        Object get(int row) {
            if (missing[row]) {
                return null;
            }
            return texts != null && texts[row] != null ? texts[row] : (Object) numbers[row];
        }
    }

    /** Runs the query at {@code asOf} and reads every row. The benchmark times both together. */
    static HandWrittenFeatures compute(Store store, LocalDate asOf) {
        String sql = readQuery();
        try (PreparedStatement statement = store.connection().prepareStatement(sql)) {
            statement.setObject(1, java.sql.Date.valueOf(asOf));
            try (ResultSet result = statement.executeQuery()) {
                ResultSetMetaData meta = result.getMetaData();
                List<String> names = new ArrayList<>();
                for (int c = 2; c <= meta.getColumnCount(); c++) {
                    names.add(meta.getColumnLabel(c));
                }
                List<String> accounts = new ArrayList<>();
                List<Column> columns = new ArrayList<>();
                names.forEach(name -> columns.add(new Column()));
                while (result.next()) {
                    int row = accounts.size();
                    accounts.add(result.getString(1));
                    for (int c = 0; c < columns.size(); c++) {
                        columns.get(c).set(row, result.getObject(c + 2));
                    }
                }
                return new HandWrittenFeatures(List.copyOf(names), accounts, columns);
            }
        } catch (SQLException e) {
            throw new StoreException("the hand-written feature query " + RESOURCE + " failed on " + store.location().describe() + ": "
                    + e.getMessage() + "; check that the store has the tables ScaleGenerator writes", e);
        }
    }

    private static String readQuery() {
        try (InputStream in = HandWrittenFeatures.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException(RESOURCE + " is missing from the class path; rebuild idem-demo");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + RESOURCE + ": " + e.getMessage(), e);
        }
    }

    List<String> featureNames() {
        return names;
    }

    int accountCount() {
        return accounts.size();
    }

    /** The outcome of comparing every feature of every account. */
    record Comparison(long valuesCompared, long mismatches, Map<String, Long> mismatchesByFeature, List<String> examples) {
    }

    /**
     * Compares every feature of the hand-written result with the frame. Accounts present on one
     * side only count as one mismatch per feature. Numbers match when they are within
     * {@link #RELATIVE_TOLERANCE} of each other, relative to the larger magnitude (absolute below 1).
     */
    Comparison compare(AccountFrame frame) {
        Map<String, Long> byFeature = new LinkedHashMap<>();
        List<String> examples = new ArrayList<>();
        long compared = 0;
        long mismatches = 0;
        for (int f = 0; f < names.size(); f++) {
            String name = names.get(f);
            if (!frame.columnNames().contains(name)) {
                byFeature.put(name, (long) accounts.size());
                mismatches += accounts.size();
                examples.add(name + ": not computed by Idem");
                continue;
            }
            Object[] idem = frame.column(name);
            Column column = columns.get(f);
            long featureMismatches = 0;
            for (int row = 0; row < accounts.size(); row++) {
                String account = accounts.get(row);
                int idemRow = frame.rowOf(account);
                Object expected = column.get(row);
                Object actual = idemRow < 0 ? "(account missing)" : idem[idemRow];
                compared++;
                if (!same(expected, actual)) {
                    featureMismatches++;
                    if (featureMismatches <= EXAMPLES_PER_FEATURE) {
                        examples.add(name + " of " + account + ": hand-written " + expected + ", Idem " + actual);
                    }
                }
            }
            if (frame.size() != accounts.size()) {
                featureMismatches += Math.abs(frame.size() - accounts.size());
            }
            if (featureMismatches > 0) {
                byFeature.put(name, featureMismatches);
            }
            mismatches += featureMismatches;
        }
        return new Comparison(compared, mismatches, byFeature, examples);
    }

    static boolean same(Object expected, Object actual) {
        if (expected == null || actual == null) {
            return expected == null && actual == null;
        }
        Double left = number(expected);
        Double right = number(actual);
        if (left != null && right != null) {
            double scale = Math.max(1.0, Math.max(Math.abs(left), Math.abs(right)));
            return Math.abs(left - right) <= RELATIVE_TOLERANCE * scale;
        }
        return expected.toString().equals(actual.toString());
    }

    private static Double number(Object value) {
        if (value instanceof BigDecimal decimal) {
            return decimal.doubleValue();
        }
        if (value instanceof Number number) {
            return number.doubleValue();
        }
        return null;
    }
}
