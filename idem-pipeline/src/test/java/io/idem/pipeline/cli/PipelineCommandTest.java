package io.idem.pipeline.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.idem.pipeline.output.PipelineOutput;
import io.idem.pipeline.support.CrmFixture;
import io.idem.pipeline.support.MavenCrmData;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

class PipelineCommandTest {

    @TempDir
    Path temp;

    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();

    @Test
    void analyzeWritesReportsAndPrintsSummary() {
        Path reports = temp.resolve("reports");

        int exit = execute("analyze", "--data", MavenCrmData.folder().toString(), "--out", reports.toString());

        assertThat(exit).isZero();
        assertThat(err.toString()).isEmpty();
        assertThat(out.toString())
                .contains("Read 8800 opportunities, 85 accounts, 7 products and 35 sales agents")
                .contains("Win rate 63.2% (4238 won, 2473 lost)")
                .contains("Won bookings 10,005,534")
                .contains("Wrote 7 files to " + reports);
        for (String file : PipelineOutput.FILES) {
            assertThat(reports.resolve(file)).isRegularFile();
        }
    }

    @Test
    void missingDataFolderExitsWithUsageCode() {
        Path absent = temp.resolve("no-such-folder");

        int exit = execute("analyze", "--data", absent.toString(), "--out", temp.resolve("out").toString());

        assertThat(exit).isEqualTo(2);
        assertThat(err.toString()).contains(absent + ": data folder not found");
    }

    @Test
    void badRowExitsWithFileLineAndValue() {
        Path data = new CrmFixture()
                .deals("A1,Anna Snelling,GTX Basic,Acme Corporation,Closed,2017-01-01,2017-01-11,550")
                .write(temp);

        int exit = execute("analyze", "--data", data.toString(), "--out", temp.resolve("out").toString());

        assertThat(exit).isEqualTo(2);
        assertThat(err.toString()).contains("sales_pipeline.csv line 2, column deal_stage, value 'Closed'")
                .contains("use one of Prospecting, Engaging, Won, Lost");
        assertThat(temp.resolve("out")).doesNotExist();
    }

    @Test
    void outputPathThatIsAFileIsRejected() throws IOException {
        Path file = Files.writeString(temp.resolve("taken.txt"), "x");

        int exit = execute("analyze", "--data", MavenCrmData.folder().toString(), "--out", file.toString());

        assertThat(exit).isEqualTo(2);
        assertThat(err.toString()).contains("is a file, not a folder");
    }

    @Test
    void missingSubcommandExitsWithUsageCode() {
        int exit = execute();

        assertThat(exit).isEqualTo(2);
        assertThat(err.toString()).contains("Missing subcommand");
    }

    @Test
    void missingOptionExitsWithUsageCode() {
        int exit = execute("analyze", "--data", temp.toString());

        assertThat(exit).isEqualTo(2);
        assertThat(err.toString()).contains("Missing required option: '--out=FOLDER'");
    }

    private int execute(String... args) {
        CommandLine commandLine = new CommandLine(new PipelineCommand());
        commandLine.setOut(new PrintWriter(out, true));
        commandLine.setErr(new PrintWriter(err, true));
        return commandLine.execute(args);
    }
}
