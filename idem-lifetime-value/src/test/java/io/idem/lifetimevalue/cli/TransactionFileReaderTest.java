package io.idem.lifetimevalue.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.idem.lifetimevalue.TestData;
import io.idem.lifetimevalue.noncontractual.Transaction;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class TransactionFileReaderTest {
    @TempDir
    Path tempDir;

    @Test
    void readsCdnowSample() throws Exception {
        TransactionFile file = TransactionFileReader.read(TestData.cdnowSample(), TransactionColumns.defaults());

        assertThat(file.format()).isEqualTo(TransactionFormat.CDNOW);
        assertThat(file.transactions()).hasSize(6919);
        assertThat(file.transactions().get(0)).isEqualTo(new Transaction("00004", LocalDate.of(1997, 1, 1), 29.33));
        assertThat(file.transactions().stream().mapToDouble(Transaction::amount).sum())
                .isBetween(244_091.93, 244_091.95);
    }

    @Test
    void readsQuotedCsvWithByteOrderMark() throws Exception {
        Path csv = Files.writeString(tempDir.resolve("t.csv"),
                "\uFEFFcustomer_id,date,amount\n\"Acme, Inc.\",2024-03-01,19.99\n\"say \"\"hi\"\"\",2024-03-02,0\n\n");

        TransactionFile file = TransactionFileReader.read(csv, TransactionColumns.defaults());

        assertThat(file.format()).isEqualTo(TransactionFormat.CSV);
        assertThat(file.transactions()).containsExactly(
                new Transaction("Acme, Inc.", LocalDate.of(2024, 3, 1), 19.99),
                new Transaction("say \"hi\"", LocalDate.of(2024, 3, 2), 0.0));
    }

    @Test
    void reportsRowWithWrongFieldCount() throws Exception {
        Path csv = Files.writeString(tempDir.resolve("t.csv"), "customer_id,date,amount\nc1,2024-03-01\n");

        assertThatThrownBy(() -> TransactionFileReader.read(csv, TransactionColumns.defaults()))
                .isInstanceOfSatisfying(InputFormatException.class, e -> assertThat(e.line()).isEqualTo(2))
                .hasMessageContaining("2 fields but the header has 3");
    }

    @Test
    void reportsUnclosedQuote() throws Exception {
        Path csv = Files.writeString(tempDir.resolve("t.csv"), "customer_id,date,amount\n\"c1,2024-03-01,5\n");

        assertThatThrownBy(() -> TransactionFileReader.read(csv, TransactionColumns.defaults()))
                .isInstanceOf(InputFormatException.class)
                .hasMessageContaining("line 2")
                .hasMessageContaining("not closed");
    }

    @Test
    void reportsBadCdnowAmount() throws Exception {
        Path file = Files.writeString(tempDir.resolve("c.txt"),
                " 00004 0001 19970101  2   29.33\n 00004 0001 19970118  2   $29.73\n");

        assertThatThrownBy(() -> TransactionFileReader.read(file, TransactionColumns.defaults()))
                .isInstanceOfSatisfying(InputFormatException.class, e -> {
                    assertThat(e.line()).isEqualTo(2);
                    assertThat(e.column()).isEqualTo(5);
                    assertThat(e.value()).isEqualTo("$29.73");
                })
                .hasMessageContaining("(amount)");
    }

    @Test
    void reportsEmptyFile() throws Exception {
        Path file = Files.writeString(tempDir.resolve("e.csv"), "\n# nothing\n");

        assertThatThrownBy(() -> TransactionFileReader.read(file, TransactionColumns.defaults()))
                .isInstanceOf(InputFormatException.class)
                .hasMessageContaining("no transactions");
    }
}
