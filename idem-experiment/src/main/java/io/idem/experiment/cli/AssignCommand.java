package io.idem.experiment.cli;

import io.idem.statistics.cli.JsonOutput;

import io.idem.experiment.ExperimentDefinition;
import io.idem.experiment.Variant;
import io.idem.experiment.assignment.AccountUnit;
import io.idem.experiment.assignment.Allocation;
import io.idem.experiment.assignment.Assignment;
import io.idem.experiment.assignment.HashAssigner;
import io.idem.experiment.assignment.StratifiedAssigner;
import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/** Assigns the accounts of a CSV file to variants and writes one row per account. */
@Command(name = "assign", mixinStandardHelpOptions = true,
        description = "Assign accounts to variants by a SHA-256 hash of experimentId:accountId, optionally balanced"
                + " within strata; writes experiment_id,account_id,variant,weight,stratum and prints a JSON summary.")
public final class AssignCommand implements Callable<Integer> {

    static final String ACCOUNT_ID = "account_id";
    static final List<String> OUTPUT_HEADER = List.of("experiment_id", "account_id", "variant", "weight", "stratum");

    @Spec
    CommandSpec spec;

    @Option(names = "--experiment", required = true, paramLabel = "ID",
            description = "Experiment id: letters, digits, underscores, hyphens or dots. Part of the hashed key, so"
                    + " a new id gives an independent assignment.")
    String experimentId;

    @Option(names = "--variants", required = true, split = ",", converter = VariantConverter.class,
            paramLabel = "NAME:WEIGHT",
            description = "Variants with their weights in bucket order, such as"
                    + " play_a:0.45,play_b:0.45,holdout:0.10; weights are divided by their sum.")
    List<Variant> variants;

    @Option(names = "--accounts", required = true, paramLabel = "FILE.csv",
            description = "CSV with a header row and an account_id column, one row per account; other columns are"
                    + " ignored unless named by --stratify.")
    Path accounts;

    @Option(names = "--stratify", paramLabel = "COLUMN",
            description = "Column of --accounts whose values are balanced across variants by hash-ordered blocks;"
                    + " a blank value is a stratum of its own.")
    String stratify;

    @Option(names = "--out", required = true, paramLabel = "FILE.csv",
            description = "CSV file to write; an existing file is replaced.")
    Path out;

    @Override
    public Integer call() {
        try {
            ExperimentDefinition.requireExperimentId(experimentId);
            ExperimentDefinition.requireDistinctVariants("--variants", variants);
            Allocation allocation = new Allocation(variants);
            List<AccountUnit> units = readAccounts();

            List<Assignment> assignments;
            Integer blockSize = null;
            if (stratify == null) {
                HashAssigner assigner = new HashAssigner(experimentId, allocation);
                assignments = units.stream().map(u -> assigner.assign(u.accountId())).toList();
            } else {
                StratifiedAssigner assigner = new StratifiedAssigner(experimentId, allocation);
                assignments = assigner.assign(units);
                blockSize = assigner.blockSize();
            }
            write(assignments);

            JsonOutput.write(spec.commandLine().getOut(), summary(assignments, blockSize));
            return 0;
        } catch (IllegalArgumentException | BadInputException e) {
            throw new ParameterException(spec.commandLine(), e.getMessage(), e);
        }
    }

    private List<AccountUnit> readAccounts() {
        CsvFile file = CsvFile.read("--accounts", accounts);
        file.requireColumn(ACCOUNT_ID, "name the account id column account_id");
        if (stratify != null) {
            file.requireColumn(stratify, "pass a column of the header to --stratify");
        }

        Map<String, Integer> firstLine = new HashMap<>();
        List<AccountUnit> units = new ArrayList<>();
        for (CsvRow row : file.rows()) {
            String accountId = row.required(ACCOUNT_ID, "give every account an id");
            Integer earlier = firstLine.putIfAbsent(accountId, row.line());
            if (earlier != null) {
                throw row.error(ACCOUNT_ID, accountId, "repeats the account of line " + earlier + "; list each"
                        + " account once");
            }
            units.add(new AccountUnit(accountId, stratify == null ? null : row.text(stratify)));
        }
        return units;
    }

    private void write(List<Assignment> assignments) {
        Map<String, Double> weights = new HashMap<>();
        variants.forEach(v -> weights.put(v.name(), v.weight()));
        try (Writer writer = Files.newBufferedWriter(out, StandardCharsets.UTF_8)) {
            writer.write(String.join(",", OUTPUT_HEADER) + "\n");
            for (Assignment assignment : assignments) {
                writer.write(String.join(",", CsvText.quote(assignment.experimentId()),
                        CsvText.quote(assignment.accountId()), assignment.variant(),
                        Double.toString(weights.get(assignment.variant())),
                        CsvText.quote(assignment.stratum() == null ? "" : assignment.stratum())) + "\n");
            }
        } catch (IOException e) {
            throw new BadInputException("cannot write --out " + out + ": " + e.getMessage() + "; choose a file in an"
                    + " existing, writable folder");
        }
    }

    private Map<String, Object> summary(List<Assignment> assignments, Integer blockSize) {
        Map<String, Long> counts = new LinkedHashMap<>();
        variants.forEach(v -> counts.put(v.name(), 0L));
        assignments.forEach(a -> counts.merge(a.variant(), 1L, Long::sum));

        Map<String, Object> summary = new LinkedHashMap<>();
        summary.put("experiment", experimentId);
        summary.put("accounts", assignments.size());
        summary.put("variants", counts);
        summary.put("method", stratify == null ? "hash" : "stratified blocks");
        if (stratify != null) {
            summary.put("stratifyBy", stratify);
            summary.put("strata", assignments.stream().map(Assignment::stratum).distinct().count());
            summary.put("blockSize", blockSize);
        }
        summary.put("out", out.toString());
        return summary;
    }
}
