package io.idem.report.input;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CsvTableTest {

    @TempDir
    Path folder;

    @Test
    void missingFileReadsAsEmpty() throws Exception {
        assertThat(CsvTable.read(folder, "segments.csv", List.of("segment"))).isEmpty();
    }

    @Test
    void readsQuotedFieldsWithCommasAndQuotes() throws Exception {
        Files.writeString(folder.resolve("segments.csv"), "segment,members\n\"a, \"\"quoted\"\" name\",3\nplain,4\n");

        CsvTable table = CsvTable.read(folder, "segments.csv", List.of("segment", "members")).orElseThrow();

        assertThat(table.rows()).hasSize(2);
        assertThat(table.rows().get(0).text("segment")).isEqualTo("a, \"quoted\" name");
        assertThat(table.rows().get(0).number("members")).isEqualTo(3);
        assertThat(table.rows().get(1).line()).isEqualTo(3);
    }

    @Test
    void rowLineNumbersCountTheHeader() throws Exception {
        Files.writeString(folder.resolve("t.csv"), "a\n1\n2\n3\n");

        CsvTable table = CsvTable.read(folder, "t.csv", List.of("a")).orElseThrow();

        assertThat(table.rows()).extracting(CsvRow::line).containsExactly(2L, 3L, 4L);
    }

    @Test
    void missingColumnNamesFileAndExpectedHeader() throws Exception {
        Files.writeString(folder.resolve("segments.csv"), "segment,members\nx,1\n");

        assertThatThrownBy(() -> CsvTable.read(folder, "segments.csv", List.of("segment", "members", "entered")))
                .isInstanceOf(ReportInputException.class)
                .hasMessageContaining("segments.csv")
                .hasMessageContaining("no column 'entered'")
                .hasMessageContaining("segment,members,entered");
    }

    @Test
    void invalidNumberNamesLineColumnAndValue() throws Exception {
        Files.writeString(folder.resolve("segments.csv"), "segment,members\nx,1\ny,many\n");
        CsvRow row = CsvTable.read(folder, "segments.csv", List.of("segment", "members")).orElseThrow().rows().get(1);

        assertThatThrownBy(() -> row.number("members"))
                .isInstanceOf(ReportInputException.class)
                .hasMessage("segments.csv: line 3, column members: 'many' is not a number such as 1234.50");
    }

    @Test
    void negativeMagnitudeIsRejected() throws Exception {
        Files.writeString(folder.resolve("m.csv"), "churn\n-5\n");
        CsvRow row = CsvTable.read(folder, "m.csv", List.of("churn")).orElseThrow().rows().get(0);

        assertThatThrownBy(() -> row.nonNegative("churn"))
                .isInstanceOf(ReportInputException.class)
                .hasMessageContaining("line 2, column churn: '-5' is not a number of zero or more");
    }

    @Test
    void optionalNumberReadsEmptyAsAbsent() throws Exception {
        Files.writeString(folder.resolve("b.csv"), "lift,x\n,1\n1.5,2\n");
        List<CsvRow> rows = CsvTable.read(folder, "b.csv", List.of("lift")).orElseThrow().rows();

        assertThat(rows.get(0).optionalNumber("lift")).isEmpty();
        assertThat(rows.get(1).optionalNumber("lift")).hasValue(1.5);
    }

    @Test
    void nonDecimalNumberFormsAreRejected() throws Exception {
        Files.writeString(folder.resolve("n.csv"), "v\nNaN\n12d\n0x10\n");
        List<CsvRow> rows = CsvTable.read(folder, "n.csv", List.of("v")).orElseThrow().rows();

        for (CsvRow row : rows) {
            assertThatThrownBy(() -> row.number("v")).isInstanceOf(ReportInputException.class);
        }
    }

    @Test
    void rowWithTooFewFieldsIsRejected() throws Exception {
        Files.writeString(folder.resolve("s.csv"), "a,b,c\n1,2,3\n4,5\n");

        assertThatThrownBy(() -> CsvTable.read(folder, "s.csv", List.of("a")))
                .isInstanceOf(ReportInputException.class)
                .hasMessageContaining("line 3 has 2 fields but the header has 3");
    }

    @Test
    void duplicateHeaderIsRejected() throws Exception {
        Files.writeString(folder.resolve("d.csv"), "a,a\n1,2\n");

        assertThatThrownBy(() -> CsvTable.read(folder, "d.csv", List.of("a")))
                .isInstanceOf(ReportInputException.class)
                .hasMessageContaining("d.csv: malformed CSV");
    }

    @Test
    void emptyFileIsRejected() throws Exception {
        Files.writeString(folder.resolve("e.csv"), "");

        assertThatThrownBy(() -> CsvTable.read(folder, "e.csv", List.of("a")))
                .isInstanceOf(ReportInputException.class)
                .hasMessageContaining("the file is empty");
    }

    @Test
    void monthAndDateErrorsNameExpectedForm() throws Exception {
        Files.writeString(folder.resolve("m.csv"), "month,day\n2024/01,2024-13-01\n");
        CsvRow row = CsvTable.read(folder, "m.csv", List.of("month", "day")).orElseThrow().rows().get(0);

        assertThatThrownBy(() -> row.month("month")).hasMessageContaining("'2024/01' is not a month as YYYY-MM");
        assertThatThrownBy(() -> row.date("day")).hasMessageContaining("'2024-13-01' is not a date as YYYY-MM-DD");
    }
}
