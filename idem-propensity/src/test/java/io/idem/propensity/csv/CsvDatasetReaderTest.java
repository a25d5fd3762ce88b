package io.idem.propensity.csv;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.idem.propensity.data.CategoricalColumn;
import io.idem.propensity.data.Dataset;
import io.idem.propensity.data.NumericColumn;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CsvDatasetReaderTest {

    @TempDir
    Path folder;

    private Path write(String content) throws IOException {
        Path file = folder.resolve("accounts.csv");
        Files.writeString(file, content);
        return file;
    }

    @Test
    void infersKindsAndKeepsBlankAsMissing() throws Exception {
        Path file = write("id,seats,plan,charges,took\nA,3,team, ,Yes\nB,1.5,,12.5,no\nC,-2e1,basic,7,1\n");

        Dataset data = new CsvDatasetReader("id", "took", Set.of()).read(file);

        assertThat(data.features().columnNames()).containsExactly("seats", "plan", "charges");
        NumericColumn seats = (NumericColumn) data.features().column("seats").orElseThrow();
        assertThat(seats.values()).containsExactly(3.0, 1.5, -20.0);
        assertThat(data.features().column("plan").orElseThrow()).isInstanceOf(CategoricalColumn.class);
        assertThat(data.features().column("plan").orElseThrow().isMissing(1)).isTrue();
        assertThat(data.features().column("charges").orElseThrow().isMissing(0)).isTrue();
        assertThat(data.labels()).containsExactly(true, false, true);
    }

    @Test
    void leavesOutExcludedColumns() throws Exception {
        Path file = write("id,a,b,took\n1,1,x,1\n2,2,y,0\n");

        Dataset data = new CsvDatasetReader("id", "took", Set.of("b")).read(file);

        assertThat(data.features().columnNames()).containsExactly("a");
    }

    @Test
    void rejectsNonBinaryLabel() throws Exception {
        Path file = write("id,a,took\n1,1,Yes\n2,2,No internet service\n");

        assertThatThrownBy(() -> new CsvDatasetReader("id", "took", Set.of()).read(file))
                .isInstanceOf(InputFileException.class)
                .hasMessageContaining(file + ":3: column 'took', value 'No internet service': the label is not"
                        + " binary")
                .hasMessageContaining("Fix: give 1/0, true/false, yes/no or y/n");
    }

    @Test
    void rejectsRepeatedIdNamingBothLines() throws Exception {
        Path file = write("id,a,took\n1,1,1\n2,2,0\n1,3,0\n");

        assertThatThrownBy(() -> new CsvDatasetReader("id", "took", Set.of()).read(file))
                .isInstanceOf(InputFileException.class)
                .hasMessageContaining(":4: column 'id', value '1': the id already appears on line 2");
    }

    @Test
    void rejectsUnknownColumnListingHeader() throws Exception {
        Path file = write("id,a,took\n1,1,1\n2,2,0\n");

        assertThatThrownBy(() -> new CsvDatasetReader("id", "label", Set.of()).read(file))
                .isInstanceOf(InputFileException.class)
                .hasMessageContaining("column 'label': the header has no such column (from --label)")
                .hasMessageContaining("id, a, took");
    }

    @Test
    void rejectsSingleClassLabel() throws Exception {
        Path file = write("id,a,took\n1,1,1\n2,2,yes\n");

        assertThatThrownBy(() -> new CsvDatasetReader("id", "took", Set.of()).read(file))
                .isInstanceOf(InputFileException.class)
                .hasMessageContaining("all 2 rows have the same label");
    }
}
