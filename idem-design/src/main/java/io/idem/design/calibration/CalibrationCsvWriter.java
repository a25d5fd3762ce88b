package io.idem.design.calibration;

import io.idem.design.health.CsvLine;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Writes {@code health_calibration.csv}: {@code model, month, accounts, auc_churn, auc_expansion},
 * then {@code <band>_accounts, <band>_churn_rate, <band>_expansion_rate} for every band. Models may
 * have different bands, so the band columns are the union in order of first appearance, and a
 * model's row leaves other models' bands empty. An AUC that cannot be computed is empty, and so are
 * the rates of an empty band.
 */
public final class CalibrationCsvWriter {

    public static final String FILE = "health_calibration.csv";

    private CalibrationCsvWriter() {
    }

    /** Writes the file into {@code folder}, replacing any earlier one, and returns its path. */
    public static Path write(Path folder, List<CalibrationRow> rows) {
        Set<String> bands = new LinkedHashSet<>();
        rows.forEach(row -> row.bands().forEach(band -> bands.add(band.band())));
        List<String> header = new ArrayList<>(List.of("model", "month", "accounts", "auc_churn", "auc_expansion"));
        for (String band : bands) {
            header.addAll(List.of(band + "_accounts", band + "_churn_rate", band + "_expansion_rate"));
        }

        Path file = folder.resolve(FILE);
        try {
            Files.createDirectories(folder);
            try (BufferedWriter writer = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
                writer.write(CsvLine.of(header));
                writer.write('\n');
                for (CalibrationRow row : rows) {
                    writer.write(CsvLine.of(fields(row, bands)));
                    writer.write('\n');
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write " + file + ": " + e.getMessage(), e);
        }
        return file;
    }

    private static List<Object> fields(CalibrationRow row, Set<String> bands) {
        List<Object> fields = new ArrayList<>(List.of(row.model(), row.month()));
        fields.add(row.accounts());
        fields.add(row.aucChurn().value());
        fields.add(row.aucExpansion().value());
        for (String band : bands) {
            Optional<BandOutcome> outcome = row.bands().stream().filter(b -> b.band().equals(band)).findFirst();
            fields.add(outcome.map(BandOutcome::accounts).orElse(null));
            fields.add(outcome.map(BandOutcome::churnRate).orElse(null));
            fields.add(outcome.map(BandOutcome::expansionRate).orElse(null));
        }
        return fields;
    }
}
