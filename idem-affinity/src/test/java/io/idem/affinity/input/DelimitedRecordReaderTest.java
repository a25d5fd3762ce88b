package io.idem.affinity.input;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.StringReader;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class DelimitedRecordReaderTest {

    private static final Path FILE = Path.of("input.csv");

    private static List<DelimitedRecord> readAll(String text, char delimiter) throws IOException {
        List<DelimitedRecord> records = new ArrayList<>();
        try (DelimitedRecordReader reader = new DelimitedRecordReader(FILE, new StringReader(text), delimiter)) {
            for (Optional<DelimitedRecord> next = reader.next(); next.isPresent(); next = reader.next()) {
                records.add(next.get());
            }
        }
        return records;
    }

    @Test
    void splitsFieldsAndLines() throws IOException {
        List<DelimitedRecord> records = readAll("a,b\r\nc\n\nd,,e", ',');

        assertThat(records).extracting(DelimitedRecord::fields).containsExactly(
                List.of("a", "b"), List.of("c"), List.of(""), List.of("d", "", "e"));
        assertThat(records).extracting(DelimitedRecord::line).containsExactly(1L, 2L, 3L, 4L);
        assertThat(records.get(2).isBlank()).isTrue();
    }

    @Test
    void quotedFieldsKeepDelimitersQuotesAndLineBreaks() throws IOException {
        List<DelimitedRecord> records = readAll("\"x, y\",\"say \"\"hi\"\"\"\n\"two\nlines\",z\nlast", ',');

        assertThat(records.get(0).fields()).containsExactly("x, y", "say \"hi\"");
        assertThat(records.get(1).fields()).containsExactly("two\nlines", "z");
        assertThat(records.get(2).line()).isEqualTo(4L);
    }

    @Test
    void skipsByteOrderMarkAndUsesOtherDelimiter() throws IOException {
        List<DelimitedRecord> records = readAll("\uFEFFa;b\n", ';');

        assertThat(records).extracting(DelimitedRecord::fields).containsExactly(List.of("a", "b"));
    }

    @Test
    void rejectsUnclosedQuoteWithItsLine() {
        assertThatThrownBy(() -> readAll("a\n\"never closed,b\n", ','))
                .isInstanceOf(InputFileException.class)
                .hasMessageStartingWith("input.csv:2: quoted field is never closed")
                .hasMessageContaining("Fix: close the field");
    }

    @Test
    void rejectsTextAfterClosingQuote() {
        assertThatThrownBy(() -> readAll("\"a\"b,c", ','))
                .isInstanceOf(InputFileException.class)
                .hasMessageStartingWith("input.csv:1: text follows a closing quote: 'a\"b'");
    }
}
