package io.idem.propensity.csv;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CsvFileTest {

    @TempDir
    Path folder;

    private Path write(String content) throws IOException {
        Path file = folder.resolve("input.csv");
        Files.writeString(file, content, StandardCharsets.UTF_8);
        return file;
    }

    @Test
    void readsQuotedFields() throws Exception {
        Path file = write("id,note\r\n1,\"a, b\"\r\n2,\"say \"\"hi\"\"\"\r\n3,\"two\nlines\"\r\n4,plain\r\n");

        CsvFile csv = CsvFile.read(file);

        assertThat(csv.header()).containsExactly("id", "note");
        assertThat(csv.records()).extracting(r -> r.fields().get(1))
                .containsExactly("a, b", "say \"hi\"", "two\nlines", "plain");
        assertThat(csv.records()).extracting(CsvRecord::line).containsExactly(2L, 3L, 4L, 6L);
    }

    @Test
    void skipsByteOrderMarkAndBlankLines() throws Exception {
        Path file = write("\uFEFFid,x\n\n1,2\n\n");

        CsvFile csv = CsvFile.read(file);

        assertThat(csv.header()).containsExactly("id", "x");
        assertThat(csv.records()).hasSize(1);
        assertThat(csv.records().get(0).line()).isEqualTo(3);
    }

    @Test
    void rejectsLineWithWrongFieldCount() throws Exception {
        Path file = write("id,x,y\n1,2,3\n2,3\n");

        assertThatThrownBy(() -> CsvFile.read(file))
                .isInstanceOf(InputFileException.class)
                .hasMessageContaining(file + ":3: the line has 2 fields but the header has 3")
                .hasMessageContaining("Fix:");
    }

    @Test
    void rejectsUnclosedQuote() throws Exception {
        Path file = write("id,x\n1,\"open\n2,3\n");

        assertThatThrownBy(() -> CsvFile.read(file))
                .isInstanceOf(InputFileException.class)
                .hasMessageContaining(":2: a quoted field is not closed");
    }

    @Test
    void rejectsRepeatedColumnName() throws Exception {
        Path file = write("id,x,x\n1,2,3\n");

        assertThatThrownBy(() -> CsvFile.read(file))
                .isInstanceOf(InputFileException.class)
                .hasMessageContaining(":1: column 'x': the header repeats this column");
    }

    @Test
    void rejectsMissingFile() {
        Path file = folder.resolve("absent.csv");

        assertThatThrownBy(() -> CsvFile.read(file))
                .isInstanceOf(InputFileException.class)
                .hasMessageContaining("absent.csv: file not found");
    }
}
