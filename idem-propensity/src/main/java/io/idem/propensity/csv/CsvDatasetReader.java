package io.idem.propensity.csv;

import io.idem.propensity.data.Dataset;
import io.idem.propensity.data.FeatureColumn;
import io.idem.propensity.data.FeatureTable;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Reads a labelled dataset from a CSV file with one row per account: an id column, a binary label column, and
 * feature columns, every other column except the excluded ones. Column kinds are inferred by
 * {@link ColumnInference}.
 */
public final class CsvDatasetReader {

    private final String idColumn;
    private final String labelColumn;
    private final Set<String> excluded;

    public CsvDatasetReader(String idColumn, String labelColumn, Set<String> excluded) {
        this.idColumn = idColumn;
        this.labelColumn = labelColumn;
        this.excluded = new LinkedHashSet<>(excluded);
    }

    /**
     * Reads {@code path}.
     *
     * @throws InputFileException for a missing or blank id, a repeated id, a label outside
     *     {@value BinaryLabel#ACCEPTED}, a label with a single class, an unknown column name, or a file with no
     *     feature columns left
     */
    public Dataset read(Path path) throws InputFileException {
        CsvFile file = CsvFile.read(path);
        int idIndex = requireColumn(file, idColumn, "--id");
        int labelIndex = requireColumn(file, labelColumn, "--label");
        for (String column : excluded) {
            requireColumn(file, column, "--exclude");
        }
        if (idIndex == labelIndex) {
            throw new InputFileException(path, 1, idColumn, null, "the id and the label are the same column",
                    "give different columns to --id and --label");
        }

        List<String> ids = ids(file, idIndex);
        boolean[] labels = labels(file, labelIndex);
        List<FeatureColumn> columns = new ArrayList<>();
        for (int index = 0; index < file.header().size(); index++) {
            String name = file.header().get(index);
            if (index != idIndex && index != labelIndex && !excluded.contains(name)) {
                columns.add(ColumnInference.infer(name, columnValues(file, index)));
            }
        }
        if (columns.isEmpty()) {
            throw new InputFileException(path, 1, null, null, "no feature columns are left after the id, the label"
                    + " and the excluded columns", "exclude fewer columns");
        }
        return new Dataset(new FeatureTable(ids, columns), labels);
    }

    private static int requireColumn(CsvFile file, String column, String option) throws InputFileException {
        int index = file.columnIndex(column);
        if (index < 0) {
            throw new InputFileException(file.path(), 1, column, null, "the header has no such column (from "
                    + option + ")", "give one of the header's columns: " + String.join(", ", file.header()));
        }
        return index;
    }

    private List<String> ids(CsvFile file, int idIndex) throws InputFileException {
        List<String> ids = new ArrayList<>(file.records().size());
        Map<String, Long> firstLine = new HashMap<>();
        for (CsvRecord record : file.records()) {
            String id = record.fields().get(idIndex).trim();
            if (id.isEmpty()) {
                throw new InputFileException(file.path(), record.line(), idColumn, "", "the id is blank",
                        "give every row an id");
            }
            Long previous = firstLine.putIfAbsent(id, record.line());
            if (previous != null) {
                throw new InputFileException(file.path(), record.line(), idColumn, id, "the id already appears on"
                        + " line " + previous, "give one row per account, or add the snapshot date to the id");
            }
            ids.add(id);
        }
        return ids;
    }

    private boolean[] labels(CsvFile file, int labelIndex) throws InputFileException {
        boolean[] labels = new boolean[file.records().size()];
        int positives = 0;
        for (int row = 0; row < labels.length; row++) {
            CsvRecord record = file.records().get(row);
            String value = record.fields().get(labelIndex);
            Boolean label = BinaryLabel.parse(value).orElseThrow(() -> new InputFileException(file.path(),
                    record.line(), labelColumn, value, "the label is not binary",
                    "give " + BinaryLabel.ACCEPTED + " in the label column; map other values to these, or drop"
                            + " their rows (such as customers not eligible for the offer) before training"));
            labels[row] = label;
            positives += label ? 1 : 0;
        }
        if (positives == 0 || positives == labels.length) {
            throw new InputFileException(file.path(), 0, labelColumn, null, "all " + labels.length + " rows have"
                    + " the same label, so there is nothing to learn", "give rows of accounts that took the offer"
                    + " and of accounts that did not");
        }
        return labels;
    }

    private static List<String> columnValues(CsvFile file, int index) {
        List<String> values = new ArrayList<>(file.records().size());
        for (CsvRecord record : file.records()) {
            values.add(record.fields().get(index));
        }
        return values;
    }
}
