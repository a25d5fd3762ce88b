package io.idem.experiment.cli;

import io.idem.experiment.ExperimentDefinition;
import io.idem.experiment.Variant;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The assignments file that {@code analyze} reads, as {@code assign} writes it: columns account_id, variant
 * and weight, optionally experiment_id; other columns, such as stratum or exposed_at, are ignored.
 *
 * @param experimentId the experiment_id of every row, or null when the file has no such column
 * @param variants variants with weights, in the order of {@code --variants} or else of first appearance
 * @param accounts one entry per row, in file order
 * @param accountIdColumn 1-based position of the account_id column, for messages
 */
record AssignmentsFile(String experimentId, List<Variant> variants, List<AssignedAccount> accounts,
        int accountIdColumn) {

    static final String OPTION = "--assignments";

    /** An assigned account and the line it came from. */
    record AssignedAccount(String accountId, String variant, int line) {
    }

    /**
     * Reads the file.
     *
     * @param plannedVariants the variants of {@code --variants}, or null to take the weights from the weight column
     * @throws BadInputException naming the file, line, column and value of the first invalid field
     */
    static AssignmentsFile read(Path path, List<Variant> plannedVariants) {
        CsvFile file = CsvFile.read(OPTION, path);
        file.requireColumn("account_id", "write the file with idem experiment assign");
        file.requireColumn("variant", "write the file with idem experiment assign");
        if (plannedVariants == null) {
            file.requireColumn("weight", "add the planned weight of each row's variant, or pass --variants");
        }

        String experimentId = null;
        Map<String, Double> weights = new LinkedHashMap<>();
        Map<String, Integer> weightLines = new HashMap<>();
        Map<String, Integer> accountLines = new HashMap<>();
        List<AssignedAccount> accounts = new ArrayList<>();
        for (CsvRow row : file.rows()) {
            if (file.hasColumn("experiment_id")) {
                experimentId = sameExperiment(row, experimentId);
            }
            String accountId = row.required("account_id", "give every account an id");
            Integer earlier = accountLines.putIfAbsent(accountId, row.line());
            if (earlier != null) {
                throw row.error("account_id", accountId, "repeats the account of line " + earlier + "; an account"
                        + " belongs to one variant, so keep one row");
            }
            String variant = variant(row, plannedVariants);
            if (plannedVariants == null) {
                checkWeight(row, variant, weights, weightLines);
            }
            accounts.add(new AssignedAccount(accountId, variant, row.line()));
        }

        List<Variant> variants = plannedVariants != null ? List.copyOf(plannedVariants)
                : weights.entrySet().stream().map(e -> new Variant(e.getKey(), e.getValue())).toList();
        return new AssignmentsFile(experimentId, variants, accounts, file.columnNumber("account_id"));
    }

    private static String sameExperiment(CsvRow row, String experimentId) {
        String value = row.required("experiment_id", "fill in the experiment id");
        try {
            ExperimentDefinition.requireExperimentId(value);
        } catch (IllegalArgumentException e) {
            throw row.error("experiment_id", value, "is not a valid experiment id; use letters, digits, underscores,"
                    + " hyphens or dots");
        }
        if (experimentId != null && !experimentId.equals(value)) {
            throw row.error("experiment_id", value, "differs from experiment " + experimentId + " of the rows"
                    + " above; analyse one experiment per file");
        }
        return value;
    }

    private static String variant(CsvRow row, List<Variant> plannedVariants) {
        String variant = row.required("variant", "fill in the variant of the account");
        if (!Variant.NAME.matcher(variant).matches()) {
            throw row.error("variant", variant, "is not a valid variant name; use letters, digits, underscores,"
                    + " hyphens or dots");
        }
        if (plannedVariants != null && plannedVariants.stream().noneMatch(v -> v.name().equals(variant))) {
            throw row.error("variant", variant, "is not one of --variants "
                    + plannedVariants.stream().map(Variant::name).toList() + "; add it with its weight");
        }
        return variant;
    }

    private static void checkWeight(CsvRow row, String variant, Map<String, Double> weights,
            Map<String, Integer> weightLines) {
        double weight = row.number("weight", "use the planned share, such as 0.45");
        if (!(weight > 0)) {
            throw row.error("weight", row.text("weight"), "is not above 0; use the planned share, such as 0.45");
        }
        Double earlier = weights.putIfAbsent(variant, weight);
        weightLines.putIfAbsent(variant, row.line());
        if (earlier != null && earlier != weight) {
            throw row.error("weight", row.text("weight"), "differs from weight " + earlier + " of variant " + variant
                    + " on line " + weightLines.get(variant) + "; give every row of a variant the same weight");
        }
    }
}
