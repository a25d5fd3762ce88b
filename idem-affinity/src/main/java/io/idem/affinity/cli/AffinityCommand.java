package io.idem.affinity.cli;

import io.idem.affinity.input.InputFileException;
import io.idem.affinity.input.InputFormat;
import io.idem.affinity.input.TransactionFileReader;
import io.idem.affinity.mining.FpGrowth;
import io.idem.affinity.mining.FrequentItemsets;
import io.idem.affinity.mining.MiningParameters;
import io.idem.affinity.mining.MinimumSupport;
import io.idem.affinity.rules.AssociationRule;
import io.idem.affinity.rules.RuleGenerator;
import io.idem.affinity.rules.RuleThresholds;
import io.idem.affinity.targets.CrossSellTarget;
import io.idem.affinity.targets.TargetFinder;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.function.Consumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import picocli.CommandLine.Command;
import picocli.CommandLine.ExitCode;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/** Mines association rules between products and writes them, and optionally the cross-sell targets, as CSV. */
@Command(name = "affinity", mixinStandardHelpOptions = true,
        description = {
            "Mines frequent product sets with FP-growth and writes association rules as CSV with the columns"
                    + " antecedent, consequent, support, confidence, lift and count. Items of a set are joined"
                    + " with '|' in sorted order.",
            "Exit code 0 on success, 2 for invalid input or options, 1 when an output file cannot be written."})
public final class AffinityCommand implements Callable<Integer> {

    private static final Logger LOG = LoggerFactory.getLogger(AffinityCommand.class);

    @Spec
    private CommandSpec spec;

    @Option(names = "--input", required = true, paramLabel = "FILE",
            description = "Transaction file: one basket per line, or account-product pairs with a header.")
    private Path input;

    @Option(names = "--min-support", required = true, paramLabel = "S", converter = MinimumSupportConverter.class,
            description = "Minimum support: a fraction of baskets in (0,1] with a decimal point (0.05, 1.0),"
                    + " or a whole number of baskets (25).")
    private MinimumSupport minimumSupport;

    @Option(names = "--min-confidence", required = true, paramLabel = "C",
            description = "Minimum rule confidence, a fraction in [0,1].")
    private double minimumConfidence;

    @Option(names = "--min-lift", paramLabel = "L", defaultValue = "0",
            description = "Minimum rule lift, at least 0 (default: ${DEFAULT-VALUE}, keeps every rule).")
    private double minimumLift;

    @Option(names = "--max-size", paramLabel = "K",
            description = "Largest itemset to mine, at least 2 (default: no limit).")
    private Integer maxSize;

    @Option(names = "--format", paramLabel = "FORMAT", defaultValue = "auto", converter = InputFormatConverter.class,
            description = "baskets, pairs or auto (default: ${DEFAULT-VALUE}). auto reads pairs when the first line"
                    + " names the account and product columns.")
    private InputFormat format;

    @Option(names = "--delimiter", paramLabel = "CHAR", defaultValue = ",",
            description = "Item delimiter of the baskets format, one character or 'tab' (default: '${DEFAULT-VALUE}').")
    private String delimiter;

    @Option(names = "--account-column", paramLabel = "NAME", defaultValue = "account_id",
            description = "Account column of the pairs format (default: ${DEFAULT-VALUE}).")
    private String accountColumn;

    @Option(names = "--product-column", paramLabel = "NAME", defaultValue = "product",
            description = "Product column of the pairs format (default: ${DEFAULT-VALUE}).")
    private String productColumn;

    @Option(names = "--output", paramLabel = "FILE.csv", description = "Rules CSV to write (default: standard output).")
    private Path output;

    @Option(names = "--targets", paramLabel = "FILE.csv",
            description = "Also write account,antecedent,consequent,confidence,lift for each account that owns a"
                    + " rule's antecedent but none of its consequent (pairs format only).")
    private Path targets;

    @Override
    public Integer call() {
        RuleThresholds thresholds = validatedThresholds();
        MiningParameters parameters = new MiningParameters(minimumSupport,
                maxSize == null ? MiningParameters.UNLIMITED_SIZE : validatedMaxSize());
        TransactionFileReader reader = new TransactionFileReader(validatedDelimiter(), accountColumn, productColumn);
        PrintWriter err = spec.commandLine().getErr();

        TransactionFileReader.Loaded loaded;
        try {
            loaded = reader.read(input, format);
        } catch (InputFileException e) {
            LOG.debug("Rejected input file {}", input, e);
            err.println(e.getMessage());
            err.flush();
            return ExitCode.USAGE;
        }
        if (targets != null && loaded.format() != InputFormat.PAIRS) {
            err.println(input + ": --targets needs account ids, but the file was read as baskets."
                    + " Fix: give an account-product CSV with the header '" + accountColumn + "," + productColumn
                    + "' and --format pairs, or drop --targets.");
            err.flush();
            return ExitCode.USAGE;
        }

        FrequentItemsets frequent = new FpGrowth().mine(loaded.database(), parameters);
        List<AssociationRule> rules = new RuleGenerator().generate(frequent, thresholds);
        LOG.info("Mined {} frequent itemsets and {} rules from {} baskets in {} (minimum count {})",
                frequent.size(), rules.size(), frequent.basketCount(), input, frequent.minimumCount());

        boolean written = write(output, out -> CsvOutput.writeRules(out, rules));
        if (written && targets != null) {
            List<CrossSellTarget> found = new TargetFinder().find(rules, loaded.database());
            written = write(targets, out -> CsvOutput.writeTargets(out, found));
        }
        return written ? ExitCode.OK : ExitCode.SOFTWARE;
    }

    private RuleThresholds validatedThresholds() {
        if (!(minimumConfidence >= 0.0 && minimumConfidence <= 1.0)) {
            throw new ParameterException(spec.commandLine(), "Invalid value for --min-confidence: '"
                    + minimumConfidence + "' is outside [0, 1]; give a fraction such as 0.5");
        }
        if (!(minimumLift >= 0.0) || Double.isInfinite(minimumLift)) {
            throw new ParameterException(spec.commandLine(), "Invalid value for --min-lift: '" + minimumLift
                    + "' must be a finite number of at least 0; 1.0 keeps only positive associations");
        }
        return new RuleThresholds(minimumConfidence, minimumLift);
    }

    private int validatedMaxSize() {
        if (maxSize < 2) {
            throw new ParameterException(spec.commandLine(), "Invalid value for --max-size: '" + maxSize
                    + "' is below 2, and a rule needs two items; give 2 or more, or omit it for no limit");
        }
        return maxSize;
    }

    private char validatedDelimiter() {
        if (delimiter.equalsIgnoreCase("tab") || delimiter.equals("\\t")) {
            return '\t';
        }
        if (delimiter.length() != 1 || delimiter.equals("\"")) {
            throw new ParameterException(spec.commandLine(), "Invalid value for --delimiter: '" + delimiter
                    + "' must be one character other than a double quote, or 'tab'");
        }
        return delimiter.charAt(0);
    }

    /** Writes to {@code file}, or to the command's standard output when it is null; false when writing failed. */
    private boolean write(Path file, Consumer<PrintWriter> content) {
        if (file == null) {
            content.accept(spec.commandLine().getOut());
            return true;
        }
        try (Writer writer = Files.newBufferedWriter(file, StandardCharsets.UTF_8);
                PrintWriter out = new PrintWriter(writer)) {
            content.accept(out);
            if (out.checkError()) {
                throw new IOException("the writer reported an error");
            }
            LOG.info("Wrote {}", file);
            return true;
        } catch (IOException e) {
            LOG.error("Failed to write {}", file, e);
            PrintWriter err = spec.commandLine().getErr();
            err.println(file + ": failed to write: " + e.getMessage()
                    + ". Fix: check that the folder exists and is writable.");
            err.flush();
            return false;
        }
    }
}
