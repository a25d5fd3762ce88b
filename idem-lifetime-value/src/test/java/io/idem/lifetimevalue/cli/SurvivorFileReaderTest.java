package io.idem.lifetimevalue.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.idem.lifetimevalue.contractual.SurvivorCounts;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SurvivorFileReaderTest {
    @TempDir
    Path tempDir;

    @Test
    void readsMixedLinesAndCommas() throws Exception {
        Path file = Files.writeString(tempDir.resolve("s.txt"), "# comment\n\n1000, 631\n 468 \n382,326\n");

        assertThat(SurvivorFileReader.read(file)).isEqualTo(SurvivorCounts.of(1000, 631, 468, 382, 326));
    }

    @Test
    void reportsEmptyField() throws Exception {
        Path file = Files.writeString(tempDir.resolve("s.txt"), "1000,,631\n");

        assertThatThrownBy(() -> SurvivorFileReader.read(file))
                .isInstanceOfSatisfying(InputFormatException.class, e -> {
                    assertThat(e.line()).isEqualTo(1);
                    assertThat(e.column()).isEqualTo(2);
                })
                .hasMessageContaining("empty survivor count");
    }

    @Test
    void reportsTooFewCountsForWholeFile() throws Exception {
        Path file = Files.writeString(tempDir.resolve("s.txt"), "# only a cohort size\n1000\n");

        assertThatThrownBy(() -> SurvivorFileReader.read(file))
                .isInstanceOfSatisfying(InputFormatException.class, e -> assertThat(e.line()).isZero())
                .hasMessageContaining("got 1 survivor counts");
    }
}
