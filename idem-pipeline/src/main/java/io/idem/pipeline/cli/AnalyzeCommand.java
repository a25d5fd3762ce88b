package io.idem.pipeline.cli;

import io.idem.pipeline.PipelineAnalysis;
import io.idem.pipeline.PipelineAnalyzer;
import io.idem.pipeline.crm.CrmDataException;
import io.idem.pipeline.crm.CrmImport;
import io.idem.pipeline.crm.CrmReader;
import io.idem.pipeline.output.PipelineOutput;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code idem pipeline analyze}: reads a CRM export, writes the reports and prints a short summary. */
@Command(name = "analyze", mixinStandardHelpOptions = true,
        description = {
            "Read accounts.csv, products.csv, sales_teams.csv and sales_pipeline.csv (and data_dictionary.csv when"
                    + " present) in the layout of the Maven Analytics CRM export. Write win rates and sales"
                    + " cycles by product, agent and motion, expansion bookings by quarter, the motion of every"
                    + " closed deal, the next offer per account and summary.json.",
            "Each account's won deals are ordered by close date, ties by opportunity id: the first is new"
                    + " business, a later one is upsell in a series the account already bought and cross-sell in"
                    + " a new series."},
        exitCodeListHeading = "Exit codes:%n",
        exitCodeList = {
            "0:the reports were written",
            "1:an output file could not be written",
            "2:invalid options or input; the message names the file, line, column and value"})
public final class AnalyzeCommand implements Callable<Integer> {

    private static final Logger LOG = LoggerFactory.getLogger(AnalyzeCommand.class);

    @Spec
    private CommandSpec spec;

    @Option(names = "--data", required = true, paramLabel = "FOLDER",
            description = "Folder with the CRM export CSV files.")
    private Path data;

    @Option(names = "--out", required = true, paramLabel = "FOLDER",
            description = "Folder for the reports; created when missing, files of the same name are replaced.")
    private Path out;

    @Override
    public Integer call() {
        PrintWriter err = spec.commandLine().getErr();
        if (Files.exists(out) && !Files.isDirectory(out)) {
            err.println("Invalid value for --out: " + out + " is a file, not a folder. Fix: give a folder path.");
            err.flush();
            return CommandLine.ExitCode.USAGE;
        }

        PipelineAnalysis analysis;
        try {
            CrmImport imported = new CrmReader().read(data);
            analysis = new PipelineAnalyzer().analyze(imported);
        } catch (CrmDataException e) {
            LOG.debug("Rejected CRM export in {}", data, e);
            err.println(e.getMessage());
            err.flush();
            return CommandLine.ExitCode.USAGE;
        }

        try {
            new PipelineOutput().write(analysis, out);
        } catch (IOException e) {
            LOG.error("Writing the reports to {} failed", out, e);
            err.println("Cannot write the reports to " + out + " (" + e.getMessage()
                    + "). Fix: check that the folder is writable and the disk is not full.");
            err.flush();
            return CommandLine.ExitCode.SOFTWARE;
        }

        PrintWriter printer = spec.commandLine().getOut();
        new AnalysisSummaryPrinter(printer).print(analysis, out);
        printer.flush();
        return CommandLine.ExitCode.OK;
    }
}
