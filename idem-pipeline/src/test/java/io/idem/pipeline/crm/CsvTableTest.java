package io.idem.pipeline.crm;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CsvTableTest {

    @TempDir
    Path folder;

    @Test
    void crlfAndLfReadAlike() throws IOException {
        Path crlf = write("crlf.csv", "product,series\r\nGTX Basic,GTX\r\nMG Special,MG\r\n");
        Path lf = write("lf.csv", "product,series\nGTX Basic,GTX\nMG Special,MG\n");

        CsvTable fromCrlf = CsvTable.read(crlf, List.of("product", "series"));
        CsvTable fromLf = CsvTable.read(lf, List.of("product", "series"));

        assertThat(fromCrlf.rows()).extracting(CsvRow::values).isEqualTo(fromLf.rows().stream()
                .map(CsvRow::values).toList());
        assertThat(fromCrlf.rows()).extracting(CsvRow::line).containsExactly(2L, 3L);
        assertThat(fromCrlf.rows().get(1).text("series")).isEqualTo("MG");
    }

    @Test
    void quotedFieldKeepsDoubledQuotesAndLineBreaks() throws IOException {
        Path file = write("dictionary.csv", "Table,Field,Description\r\n"
                + "sales_pipeline,engage_date,\"Date in which the \"\"Engaging\"\" deal stage\r\nwas initiated\"\r\n"
                + "sales_pipeline,close_value,Revenue from the deal\r\n");

        CsvTable table = CsvTable.read(file, List.of("Table", "Field", "Description"));

        assertThat(table.rows().get(0).text("Description"))
                .isEqualTo("Date in which the \"Engaging\" deal stage\r\nwas initiated");
        assertThat(table.rows()).extracting(CsvRow::line).containsExactly(2L, 4L);
    }

    @Test
    void blankLinesAreSkippedWithoutShiftingLineNumbers() throws IOException {
        Path file = write("gaps.csv", "product,series\n\nGTX Basic,GTX\n\n\nMG Special,MG\n");

        CsvTable table = CsvTable.read(file, List.of("product"));

        assertThat(table.rows()).extracting(CsvRow::line).containsExactly(3L, 6L);
    }

    @Test
    void surroundingWhitespaceIsTrimmedAndCounted() throws IOException {
        Path file = write("spaces.csv", "sales_agent,manager\nAnna Snelling , Dustin Brinkmann\nMoses Frase,Dustin\n");

        CsvTable table = CsvTable.read(file, List.of("sales_agent"));

        assertThat(table.rows().get(0).text("sales_agent")).isEqualTo("Anna Snelling");
        assertThat(table.rows().get(0).text("manager")).isEqualTo("Dustin Brinkmann");
        assertThat(table.trimmedValues()).isEqualTo(2);
    }

    @Test
    void byteOrderMarkBeforeHeaderIsDropped() throws IOException {
        Path file = write("bom.csv", "\uFEFFproduct,series\nGTX Basic,GTX\n");

        CsvTable table = CsvTable.read(file, List.of("product"));

        assertThat(table.header()).containsExactly("product", "series");
    }

    @Test
    void rowWithExtraFieldNamesFileAndLine() throws IOException {
        Path file = write("extra.csv", "product,series\nGTX Basic,GTX\nGTX Pro,GTX,4821\n");

        assertThatThrownBy(() -> CsvTable.read(file, List.of("product")))
                .isInstanceOf(CrmDataException.class)
                .hasMessageContaining("extra.csv line 3")
                .hasMessageContaining("the row has 3 fields but the header has 2");
    }

    @Test
    void missingColumnNamesTheColumnAndHeader() throws IOException {
        Path file = write("products.csv", "product,price\nGTX Basic,550\n");

        assertThatThrownBy(() -> CsvTable.read(file, List.of("product", "series")))
                .isInstanceOf(CrmDataException.class)
                .hasMessageContaining("products.csv line 1")
                .hasMessageContaining("required column 'series' is missing from the header (product,price)");
    }

    @Test
    void repeatedColumnIsRejected() throws IOException {
        Path file = write("twice.csv", "product,product\nGTX Basic,GTX\n");

        assertThatThrownBy(() -> CsvTable.read(file, List.of("product")))
                .isInstanceOf(CrmDataException.class)
                .hasMessageContaining("names column 'product' twice");
    }

    @Test
    void emptyFileIsRejected() throws IOException {
        Path file = write("empty.csv", "");

        assertThatThrownBy(() -> CsvTable.read(file, List.of("product")))
                .isInstanceOf(CrmDataException.class)
                .hasMessageContaining("empty.csv: the file is empty");
    }

    @Test
    void missingFileIsRejected() {
        Path file = folder.resolve("absent.csv");

        assertThatThrownBy(() -> CsvTable.read(file, List.of("product")))
                .isInstanceOf(CrmDataException.class)
                .hasMessageContaining("absent.csv: file not found");
    }

    @Test
    void latin1FileIsRejectedAsNotUtf8() throws IOException {
        Path file = folder.resolve("latin1.csv");
        Files.write(file, new byte[] {'a', '\n', 'S', (byte) 0xE3, 'o', '\n'});

        assertThatThrownBy(() -> CsvTable.read(file, List.of("a")))
                .isInstanceOf(CrmDataException.class)
                .hasMessageContaining("latin1.csv: the file is not UTF-8 text");
    }

    @Test
    void unclosedQuoteIsRejectedAsInvalidCsv() throws IOException {
        Path file = write("open-quote.csv", "product,series\n\"GTX Basic,GTX\n");

        assertThatThrownBy(() -> CsvTable.read(file, List.of("product")))
                .isInstanceOf(CrmDataException.class)
                .hasMessageContaining("open-quote.csv: invalid CSV");
    }

    @Test
    void typedGetterErrorNamesLineColumnAndValue() throws IOException {
        Path file = write("dates.csv", "engage_date\n2017-02-30\n");
        CsvRow row = CsvTable.read(file, List.of("engage_date")).rows().get(0);

        assertThatThrownBy(() -> row.date("engage_date"))
                .isInstanceOf(CrmDataException.class)
                .hasMessageContaining("dates.csv line 2, column engage_date, value '2017-02-30'")
                .hasMessageContaining("not a valid date in the form yyyy-mm-dd");
    }

    private Path write(String name, String content) throws IOException {
        return Files.writeString(folder.resolve(name), content, UTF_8);
    }
}
