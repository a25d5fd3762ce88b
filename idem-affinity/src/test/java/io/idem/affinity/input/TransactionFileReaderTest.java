package io.idem.affinity.input;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.idem.affinity.mining.Basket;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class TransactionFileReaderTest {

    private static final TransactionFileReader READER = new TransactionFileReader(',', "account_id", "product");

    @TempDir
    Path folder;

    private Path write(String name, String text) throws IOException {
        return Files.writeString(folder.resolve(name), text, StandardCharsets.UTF_8);
    }

    @Test
    void basketsFormatTrimsItemsAndDropsDuplicates() throws IOException {
        Path file = write("baskets.txt", "crm, billing ,crm\n\nbilling\n");

        TransactionFileReader.Loaded loaded = READER.read(file, InputFormat.BASKETS);

        assertThat(loaded.format()).isEqualTo(InputFormat.BASKETS);
        assertThat(loaded.database().baskets()).extracting(Basket::id).containsExactly("line 1", "line 3");
        assertThat(loaded.database().baskets().get(0).items()).containsExactly("billing", "crm");
    }

    @Test
    void pairsFormatGroupsRowsByAccount() throws IOException {
        Path file = write("pairs.csv", "Account_ID,product,seats\nacme,crm,5\nglobex,crm,1\nacme,billing,5\n"
                + "acme,crm,5\nhooli,,0\n");

        TransactionFileReader.Loaded loaded = READER.read(file, InputFormat.PAIRS);

        assertThat(loaded.database().baskets()).extracting(Basket::id).containsExactly("acme", "globex", "hooli");
        assertThat(loaded.database().baskets().get(0).items()).containsExactly("billing", "crm");
        assertThat(loaded.database().baskets().get(2).items()).isEmpty();
    }

    @Test
    void autoDetectsPairsFromHeader() throws IOException {
        Path pairs = write("pairs.csv", "account_id,product\nacme,crm\n");
        Path baskets = write("baskets.txt", "crm,billing\n");

        assertThat(READER.read(pairs, InputFormat.AUTO).format()).isEqualTo(InputFormat.PAIRS);
        assertThat(READER.read(baskets, InputFormat.AUTO).format()).isEqualTo(InputFormat.BASKETS);
    }

    @Test
    void missingColumnNamesHeaderAndOption() throws IOException {
        Path file = write("pairs.csv", "account,sku\nacme,crm\n");

        assertThatThrownBy(() -> READER.read(file, InputFormat.PAIRS))
                .isInstanceOf(InputFileException.class)
                .hasMessage(file + ":1: header has no column 'account_id': 'account,sku'."
                        + " Fix: rename the column in the header, or name it with --account-column");
    }

    @Test
    void shortRowNamesItsLine() throws IOException {
        Path file = write("pairs.csv", "account_id,product\nacme,crm\nglobex\n");

        assertThatThrownBy(() -> READER.read(file, InputFormat.PAIRS))
                .isInstanceOf(InputFileException.class)
                .hasMessageStartingWith(file + ":3: row has 1 columns but the header has 2: 'globex'");
    }

    @Test
    void emptyFilesAreRejected() throws IOException {
        Path empty = write("empty.csv", "");
        Path headerOnly = write("header.csv", "account_id,product\n");

        assertThatThrownBy(() -> READER.read(empty, InputFormat.BASKETS)).hasMessageContaining("file is empty");
        assertThatThrownBy(() -> READER.read(empty, InputFormat.PAIRS)).hasMessageContaining("file is empty");
        assertThatThrownBy(() -> READER.read(empty, InputFormat.AUTO)).hasMessageContaining("file is empty");
        assertThatThrownBy(() -> READER.read(headerOnly, InputFormat.PAIRS))
                .hasMessageContaining("file has a header but no rows");
    }

    @Test
    void itemWithOutputSeparatorIsRejected() throws IOException {
        Path file = write("baskets.txt", "crm\ncrm|pro,billing\n");

        assertThatThrownBy(() -> READER.read(file, InputFormat.BASKETS))
                .isInstanceOf(InputFileException.class)
                .hasMessageStartingWith(file + ":2: item name contains '|'");
    }

    @Test
    void missingFileIsRejected() {
        Path file = folder.resolve("absent.csv");

        assertThatThrownBy(() -> READER.read(file, InputFormat.AUTO))
                .isInstanceOf(InputFileException.class)
                .hasMessageContaining("input file not found");
    }
}
