package io.idem.report.html;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

class HtmlTest {

    @ParameterizedTest
    @CsvSource(delimiter = '|', quoteCharacter = '`', value = {
        "<script>alert(1)</script>|&lt;script&gt;alert(1)&lt;/script&gt;",
        "Tom & Jerry|Tom &amp; Jerry",
        "O'Brien \"Ltd\"|O&#39;Brien &quot;Ltd&quot;",
        "&amp;|&amp;amp;",
        "plain text 123|plain text 123",
        "Zürich – café|Zürich – café",
    })
    void escapeReplacesMarkupCharacters(String raw, String expected) {
        assertThat(Html.escape(raw)).isEqualTo(expected);
    }

    @Test
    void escapeOfNullIsEmpty() {
        assertThat(Html.escape(null)).isEmpty();
    }

    @Test
    void escapeReplacesControlCharacters() {
        assertThat(Html.escape("a\u0000b\u0007c\u0085d")).isEqualTo("a\uFFFDb\uFFFDc\uFFFDd");
        assertThat(Html.escape("tab\tline\nreturn\r")).isEqualTo("tab\tline\nreturn\r");
    }

    @Test
    void paragraphEscapesText() {
        assertThat(Html.paragraph("notice", "<b>bold</b>")).isEqualTo("<p class=\"notice\">&lt;b&gt;bold&lt;/b&gt;</p>\n");
    }

    @Test
    void missingNoticeIsOneLine() {
        String notice = Html.missingNotice("revenue/movements.csv");

        assertThat(notice).isEqualTo("<p class=\"notice missing\">revenue/movements.csv is not in this output folder,"
                + " so there is nothing to show here.</p>\n");
        assertThat(notice.strip()).doesNotContain("\n");
    }

    @Test
    void missingNoticeForTwoFiles() {
        assertThat(Html.missingNotice("plays.csv", "tasks.csv")).contains("plays.csv and tasks.csv are not in this output folder");
    }

    @Test
    void tableEscapesCellsAndHeaders() {
        Table table = new Table("data", java.util.List.of(Table.Column.text("<Name>"), Table.Column.number("Count")));
        table.row("<script>x</script>", "1,000");

        String html = table.render();

        assertThat(html).contains("<th>&lt;Name&gt;</th>");
        assertThat(html).contains("<td>&lt;script&gt;x&lt;/script&gt;</td><td class=\"num\">1,000</td>");
        assertThat(html).doesNotContain("<script>");
    }

    @Test
    void tableRejectsWrongCellCount() {
        Table table = new Table("data", java.util.List.of(Table.Column.text("A"), Table.Column.text("B")));

        org.assertj.core.api.Assertions.assertThatThrownBy(() -> table.row("only one"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("1 cells but the table has 2 columns");
    }
}
