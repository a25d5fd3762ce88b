package io.idem.propensity.telco;

import static org.assertj.core.api.Assertions.fail;

import io.idem.propensity.csv.ColumnInference;
import io.idem.propensity.csv.CsvFile;
import io.idem.propensity.csv.CsvRecord;
import io.idem.propensity.csv.InputFileException;
import io.idem.propensity.data.Dataset;
import io.idem.propensity.data.FeatureColumn;
import io.idem.propensity.data.FeatureTable;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Predicate;

/**
 * Cross-sectional offer datasets from the IBM Telco customer file, which is one snapshot with no dates. Each
 * add-on service is an offer. Its label is whether an internet customer owns it, and its features are the other
 * columns minus the ones that encode the label.
 */
final class TelcoOffers {

    static final List<String> ADD_ONS = List.of("OnlineSecurity", "OnlineBackup", "DeviceProtection",
            "TechSupport", "StreamingTV", "StreamingMovies");

    /**
     * Charges that leak add-on ownership. MonthlyCharges is the sum of the prices of the services a customer has,
     * so with the other services known it reveals whether the offered add-on is among them. TotalCharges is about
     * tenure x MonthlyCharges and reveals the same.
     */
    static final Set<String> LEAKING_CHARGES = Set.of("MonthlyCharges", "TotalCharges");

    private TelcoOffers() {
    }

    static CsvFile readFile() {
        Path dataDir = Path.of(System.getProperty("idem.data.dir", "../shared/data"));
        Path file = dataDir.resolve("ibm-telco-customer-churn").resolve("Telco-Customer-Churn.csv");
        if (!Files.isRegularFile(file)) {
            fail("IBM Telco data not found at " + file.toAbsolutePath() + "; set the system property idem.data.dir"
                    + " to the shared data folder");
        }
        try {
            return CsvFile.read(file);
        } catch (InputFileException e) {
            throw new AssertionError(e.getMessage(), e);
        }
    }

    /**
     * Returns the internet customers, labelled by whether they own {@code addOn}. The features leave out the id,
     * the add-on, Churn (recorded after the snapshot) and, unless {@code includeCharges}, the charges.
     */
    static Dataset addOn(CsvFile file, String addOn, boolean includeCharges) {
        Set<String> excluded = new HashSet<>(Set.of("customerID", "Churn", addOn));
        if (!includeCharges) {
            excluded.addAll(LEAKING_CHARGES);
        }
        int internet = file.columnIndex("InternetService");
        return dataset(file, record -> !record.fields().get(internet).equals("No"), addOn, "Yes"::equals, excluded);
    }

    /** Returns all customers, labelled by whether they are on a one- or two-year contract, not month-to-month. */
    static Dataset longerContract(CsvFile file) {
        return dataset(file, record -> true, "Contract", value -> !value.equals("Month-to-month"),
                Set.of("customerID", "Churn", "Contract"));
    }

    private static Dataset dataset(CsvFile file, Predicate<CsvRecord> keep, String labelColumn,
            Predicate<String> positive, Set<String> excluded) {
        List<CsvRecord> rows = file.records().stream().filter(keep).toList();
        int idIndex = file.columnIndex("customerID");
        int labelIndex = file.columnIndex(labelColumn);
        List<String> ids = rows.stream().map(record -> record.fields().get(idIndex)).toList();
        boolean[] labels = new boolean[rows.size()];
        for (int row = 0; row < labels.length; row++) {
            labels[row] = positive.test(rows.get(row).fields().get(labelIndex));
        }
        List<FeatureColumn> columns = new ArrayList<>();
        for (int index = 0; index < file.header().size(); index++) {
            String name = file.header().get(index);
            if (!excluded.contains(name)) {
                int column = index;
                columns.add(ColumnInference.infer(name, rows.stream().map(r -> r.fields().get(column)).toList()));
            }
        }
        return new Dataset(new FeatureTable(ids, columns), labels);
    }
}
