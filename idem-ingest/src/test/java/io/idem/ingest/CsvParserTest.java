package io.idem.ingest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.StringReader;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class CsvParserTest {

    /** A parsed record: its start line, fields, raw text and problem. */
    record Parsed(long line, List<String> fields, String raw, String problem) {
    }

    private static List<Parsed> parse(String text, char delimiter, int bufferSize) throws IOException {
        List<Parsed> records = new ArrayList<>();
        try (CsvParser parser = new CsvParser(new StringReader(text), delimiter, bufferSize)) {
            while (parser.next()) {
                List<String> fields = new ArrayList<>();
                for (int i = 0; i < parser.fieldCount(); i++) {
                    fields.add(parser.field(i));
                    String viaRange = new String(parser.fieldChars(), parser.fieldStart(i), parser.fieldEnd(i) - parser.fieldStart(i));
                    assertThat(viaRange).isEqualTo(fields.get(i));
                }
                records.add(new Parsed(parser.recordLine(), fields, parser.rawRecord(), parser.problem()));
            }
        }
        return records;
    }

    private static List<Parsed> parse(String text) throws IOException {
        return parse(text, ',', 1 << 16);
    }

    @Test
    void splitsPlainFieldsWithLineFeeds() throws IOException {
        List<Parsed> records = parse("a,b,c\n1,2,3\n");

        assertThat(records).hasSize(2);
        assertThat(records.get(0).fields()).containsExactly("a", "b", "c");
        assertThat(records.get(1).fields()).containsExactly("1", "2", "3");
        assertThat(records.get(1).line()).isEqualTo(2);
        assertThat(records.get(1).raw()).isEqualTo("1,2,3");
    }

    @Test
    void acceptsCrLfAndLoneCrLineEnds() throws IOException {
        List<Parsed> records = parse("a,b\r\n1,2\r3,4\r\n");

        assertThat(records).extracting(Parsed::fields)
                .containsExactly(List.of("a", "b"), List.of("1", "2"), List.of("3", "4"));
        assertThat(records).extracting(Parsed::line).containsExactly(1L, 2L, 3L);
        assertThat(records.get(1).raw()).isEqualTo("1,2");
    }

    @Test
    void readsLastRecordWithoutLineEnd() throws IOException {
        List<Parsed> records = parse("a,b\n1,2");

        assertThat(records).hasSize(2);
        assertThat(records.get(1).fields()).containsExactly("1", "2");
        assertThat(records.get(1).raw()).isEqualTo("1,2");
    }

    @Test
    void keepsEmptyFieldsIncludingTrailingOne() throws IOException {
        List<Parsed> records = parse(",x,\n,\n");

        assertThat(records.get(0).fields()).containsExactly("", "x", "");
        assertThat(records.get(1).fields()).containsExactly("", "");
    }

    @Test
    void trailingDelimiterAddsEmptyField() throws IOException {
        assertThat(parse("1,").get(0).fields()).containsExactly("1", "");
    }

    @Test
    void unquotesDoubledQuotesDelimitersAndLineBreaks() throws IOException {
        String text = "id,text\n1,\"say \"\"hi\"\", then\r\nleave\"\n2,\"\"\n";

        List<Parsed> records = parse(text);

        assertThat(records).hasSize(3);
        assertThat(records.get(1).fields()).containsExactly("1", "say \"hi\", then\r\nleave");
        assertThat(records.get(1).raw()).isEqualTo("1,\"say \"\"hi\"\", then\r\nleave\"");
        assertThat(records.get(1).problem()).isNull();
        assertThat(records.get(2).fields()).containsExactly("2", "");
        assertThat(records.get(2).line()).as("line after a record spanning two lines").isEqualTo(4);
    }

    @Test
    void skipsEmptyLinesButCountsThem() throws IOException {
        List<Parsed> records = parse("h\n\n\r\nx\n\n");

        assertThat(records).extracting(Parsed::fields).containsExactly(List.of("h"), List.of("x"));
        assertThat(records.get(1).line()).isEqualTo(4);
    }

    @Test
    void skipsByteOrderMark() throws IOException {
        assertThat(parse("\uFEFFid,name\n").get(0).fields()).containsExactly("id", "name");
    }

    @ParameterizedTest
    @ValueSource(chars = {';', '\t', '|', ':'})
    void splitsOnAnyOneCharacterDelimiter(char delimiter) throws IOException {
        String text = "a" + delimiter + "\"b" + delimiter + "c\"" + delimiter + "d\n";

        assertThat(parse(text, delimiter, 64).get(0).fields()).containsExactly("a", "b" + delimiter + "c", "d");
    }

    @Test
    void flagsTextAfterClosingQuoteButKeepsIt() throws IOException {
        List<Parsed> records = parse("\"ab\"cd,e\nf,g\n");

        assertThat(records.get(0).problem()).contains("after the closing quote of field 1");
        assertThat(records.get(0).fields()).containsExactly("abcd", "e");
        assertThat(records.get(1).problem()).isNull();
    }

    @Test
    void flagsUnterminatedQuoteWithItsLine() throws IOException {
        List<Parsed> records = parse("a,b\n1,\"open\n2,3\n");

        assertThat(records).hasSize(2);
        assertThat(records.get(1).problem()).isEqualTo("the quoted field opened on line 2 is never closed");
        assertThat(records.get(1).raw()).isEqualTo("1,\"open\n2,3\n");
    }

    @Test
    void quoteInsideUnquotedFieldIsLiteral() throws IOException {
        assertThat(parse("5\" disk,x\n").get(0).fields()).containsExactly("5\" disk", "x");
    }

    @ParameterizedTest
    @ValueSource(ints = {1, 2, 3, 5, 7, 64})
    void tinyBuffersGiveSameRecords(int bufferSize) throws IOException {
        String text = "\uFEFFid,note,amount\r\n1,\"multi\nline, \"\"quoted\"\"\",12.5\r\n\r\n2,plain,\"7\"\n3,,\n4,\"x\"";

        List<Parsed> small = parse(text, ',', bufferSize);
        List<Parsed> large = parse(text, ',', 1 << 16);

        assertThat(small).isEqualTo(large);
        assertThat(large).extracting(Parsed::line).containsExactly(1L, 2L, 5L, 6L, 7L);
        assertThat(large.get(1).fields()).containsExactly("1", "multi\nline, \"quoted\"", "12.5");
        assertThat(large.get(4).raw()).isEqualTo("4,\"x\"");
    }

    @Test
    void rejectsQuoteAsDelimiter() {
        assertThatThrownBy(() -> new CsvParser(new StringReader(""), '"'))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("invalid delimiter");
    }

    @Test
    void detectsDelimiterFromHeaderOutsideQuotes() throws IOException {
        assertThat(DelimiterDetector.detect(new StringReader("a;b;\"c,d,e,f\"\n1,2,3,4,5,6"))).isEqualTo(';');
        assertThat(DelimiterDetector.detect(new StringReader("a\tb\tc\n"))).isEqualTo('\t');
        assertThat(DelimiterDetector.detect(new StringReader("a|b|c"))).isEqualTo('|');
        assertThat(DelimiterDetector.detect(new StringReader("a,b;c\n"))).as("tie goes to the comma").isEqualTo(',');
        assertThat(DelimiterDetector.detect(new StringReader("single\n"))).isEqualTo(',');
    }
}
