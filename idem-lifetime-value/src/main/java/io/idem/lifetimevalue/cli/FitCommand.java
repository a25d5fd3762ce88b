package io.idem.lifetimevalue.cli;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.idem.lifetimevalue.LifetimeValueModel;
import io.idem.lifetimevalue.ModelFitException;
import io.idem.lifetimevalue.contractual.ShiftedBetaGeometricFit;
import io.idem.lifetimevalue.contractual.ShiftedBetaGeometricFitter;
import io.idem.lifetimevalue.contractual.SurvivorCounts;
import io.idem.lifetimevalue.noncontractual.BetaGeometricNbdFitter;
import io.idem.lifetimevalue.noncontractual.GammaGammaFitter;
import io.idem.lifetimevalue.noncontractual.RfmSummarizer;
import io.idem.lifetimevalue.noncontractual.RfmSummary;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.CharacterCodingException;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.concurrent.Callable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code idem clv fit}: fits one model to a file and prints the parameters and diagnostics as JSON.
 */
@Command(
        name = "fit",
        mixinStandardHelpOptions = true,
        description = {
            "Fit a lifetime value model by maximum likelihood and print the result as JSON.",
            "sbg reads survivor counts of one cohort: the cohort size, then the customers still active at the end "
                    + "of each period, one per line or comma-separated; '#' starts a comment line.",
            "bgnbd and gamma-gamma read transactions: a CSV file with a header (customer_id,date,amount by "
                    + "default) or the CDNOW layout (space-separated: customer id, sample id, yyyymmdd, CDs, "
                    + "amount), detected from the first line. Same-day purchases of a customer are merged, and "
                    + "times are in weeks."},
        exitCodeListHeading = "Exit codes:%n",
        exitCodeList = {
            "0:fit succeeded",
            "1:the optimiser did not converge or a parameter diverged",
            "2:invalid options or input; the message names the file, line, column and value"})
public class FitCommand implements Callable<Integer> {
    private static final Logger LOG = LoggerFactory.getLogger(FitCommand.class);

    @Spec
    private CommandSpec spec;

    @Option(names = "--model", required = true, paramLabel = "MODEL", converter = ModelConverter.class,
            completionCandidates = ModelConverter.Names.class,
            description = "Model to fit: ${COMPLETION-CANDIDATES}.")
    private LifetimeValueModel model;

    @Option(names = "--input", required = true, paramLabel = "FILE", description = "Input file.")
    private Path input;

    @Option(names = "--calibration-end", paramLabel = "yyyy-mm-dd",
            description = "bgnbd and gamma-gamma: last day of the calibration period, included. Default: 39 weeks "
                    + "after the first transaction minus one day (1997-09-30 for CDNOW).")
    private LocalDate calibrationEnd;

    @Option(names = "--date-format", paramLabel = "PATTERN",
            description = "bgnbd and gamma-gamma: java.time pattern of the dates. Default: yyyy-MM-dd for CSV, "
                    + "yyyyMMdd for CDNOW.")
    private String dateFormat;

    @Option(names = "--discount-rate", paramLabel = "RATE",
            description = "sbg: discount rate per period (for example 0.10 for 10% a year with yearly periods); adds the "
                    + "discounted expected lifetime of a new customer and the residual lifetime after the fitted periods.")
    Double discountRate;

    @Option(names = "--margin", paramLabel = "AMOUNT",
            description = "sbg, with --discount-rate: margin per period, to turn the discounted lifetimes into values.")
    Double margin;

    @Option(names = "--periods", paramLabel = "N",
            description = "sbg: fit on the first N periods only (at least 2). Default: all periods in the file.")
    private Integer periods;

    @Option(names = "--customer-column", paramLabel = "NAME", defaultValue = TransactionColumns.DEFAULT_CUSTOMER,
            description = "CSV header of the customer id column. Default: ${DEFAULT-VALUE}.")
    private String customerColumn;

    @Option(names = "--date-column", paramLabel = "NAME", defaultValue = TransactionColumns.DEFAULT_DATE,
            description = "CSV header of the date column. Default: ${DEFAULT-VALUE}.")
    private String dateColumn;

    @Option(names = "--amount-column", paramLabel = "NAME", defaultValue = TransactionColumns.DEFAULT_AMOUNT,
            description = "CSV header of the amount column. Default: ${DEFAULT-VALUE}.")
    private String amountColumn;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        try {
            checkOptionsApply();
            ObjectNode report = switch (model) {
                case SBG -> fitShiftedBetaGeometric();
                case BG_NBD, GAMMA_GAMMA -> fitTransactions();
            };
            out.println(FitReport.toJson(report));
            out.flush();
            return CommandLine.ExitCode.OK;
        } catch (InputFormatException e) {
            LOG.debug("Rejected input {}", input, e);
            err.println(e.getMessage());
        } catch (NoSuchFileException e) {
            LOG.debug("Input file {} not found", input, e);
            err.println(input + ": file not found. Fix: check the path given to --input.");
        } catch (CharacterCodingException e) {
            LOG.debug("Input file {} is not UTF-8", input, e);
            err.println(input + ": the file is not UTF-8 text. Fix: save it as UTF-8 (plain ASCII is UTF-8 too).");
        } catch (IOException e) {
            LOG.debug("Cannot read input file {}", input, e);
            err.println(input + ": cannot read the file (" + e.getMessage()
                    + "). Fix: check the path and permissions.");
        } catch (ModelFitException e) {
            LOG.debug("Fit of {} failed", input, e);
            err.println(input + ": " + e.getMessage());
            err.flush();
            return e.failure().isInputProblem() ? CommandLine.ExitCode.USAGE : CommandLine.ExitCode.SOFTWARE;
        }
        err.flush();
        return CommandLine.ExitCode.USAGE;
    }

    private void checkOptionsApply() {
        boolean transactionModel = model != LifetimeValueModel.SBG;
        if (periods != null && transactionModel) {
            throw new CommandLine.ParameterException(spec.commandLine(), "--periods applies to --model sbg only");
        }
        if (!transactionModel && (calibrationEnd != null || dateFormat != null)) {
            throw new CommandLine.ParameterException(spec.commandLine(),
                    "--calibration-end and --date-format apply to --model bgnbd and gamma-gamma only");
        }
        if (dateFormat != null) {
            try {
                DatePatterns.formatter(dateFormat);
            } catch (IllegalArgumentException e) {
                throw new CommandLine.ParameterException(spec.commandLine(), "--date-format '" + dateFormat
                        + "' is not a valid java.time pattern (" + e.getMessage() + "); use for example yyyy-MM-dd",
                        e, null, dateFormat);
            }
        }
    }

    private ObjectNode fitShiftedBetaGeometric() throws IOException, InputFormatException {
        SurvivorCounts all = SurvivorFileReader.read(input);
        SurvivorCounts fitted = all;
        if (periods != null) {
            if (periods < SurvivorCounts.MIN_PERIODS || periods > all.periods()) {
                throw new CommandLine.ParameterException(spec.commandLine(), String.format(
                        "--periods %d is outside [%d, %d], the periods in %s",
                        periods, SurvivorCounts.MIN_PERIODS, all.periods(), input));
            }
            fitted = all.firstPeriods(periods);
        }
        ShiftedBetaGeometricFit fit = ShiftedBetaGeometricFitter.fit(fitted);
        ObjectNode report = FitReport.shiftedBetaGeometric(input, fit, all);
        if (discountRate != null) {
            if (!(discountRate > 0) || !Double.isFinite(discountRate)) {
                throw new CommandLine.ParameterException(spec.commandLine(), "--discount-rate " + discountRate
                        + " must be above 0; write for example 0.10 for 10% per period");
            }
            var model = fit.model();
            int renewals = fitted.periods();
            ObjectNode value = report.putObject("value");
            value.put("discount_rate", discountRate);
            value.put("discounted_expected_lifetime", model.discountedExpectedLifetime(discountRate));
            value.put("residual_lifetime_after_periods", renewals);
            value.put("discounted_expected_residual_lifetime", model.discountedExpectedResidualLifetime(discountRate, renewals));
            if (margin != null) {
                value.put("margin_per_period", margin);
                value.put("expected_lifetime_value", margin * model.discountedExpectedLifetime(discountRate));
                value.put("expected_residual_value", model.expectedResidualValue(margin, discountRate, renewals));
            }
        } else if (margin != null) {
            throw new CommandLine.ParameterException(spec.commandLine(), "--margin needs --discount-rate");
        }
        return report;
    }

    private ObjectNode fitTransactions() throws IOException, InputFormatException {
        TransactionColumns columns = new TransactionColumns(customerColumn, dateColumn, amountColumn, dateFormat);
        TransactionFile file = TransactionFileReader.read(input, columns);
        LocalDate firstDate = file.transactions().stream()
                .map(transaction -> transaction.date()).min(LocalDate::compareTo).orElseThrow();
        LocalDate end = calibrationEnd != null ? calibrationEnd : RfmSummarizer.defaultCalibrationEnd(firstDate);
        if (end.isBefore(firstDate)) {
            throw new CommandLine.ParameterException(spec.commandLine(), "--calibration-end " + end
                    + " is before the first transaction on " + firstDate + " in " + input);
        }
        RfmSummary summary = RfmSummarizer.summarize(file.transactions(), end);
        String endSource = calibrationEnd != null
                ? "option"
                : "default: " + RfmSummarizer.DEFAULT_CALIBRATION_WEEKS + " weeks after " + firstDate + ", minus one day";

        return switch (model) {
            case BG_NBD -> FitReport.betaGeometricNbd(
                    input, file.format(), summary, endSource, BetaGeometricNbdFitter.fit(summary.customers()));
            case GAMMA_GAMMA -> FitReport.gammaGamma(
                    input, file.format(), summary, endSource, GammaGammaFitter.fit(summary.customers()));
            case SBG -> throw new IllegalStateException("sBG reads survivor counts, not transactions");
        };
    }
}
