package io.idem.demo;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.LocalDate;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DeterminismTest {

    private static final List<String> LIFECYCLE_FILES = List.of("accounts.csv", "subscriptions.csv", "responses.csv",
            "tickets.csv", "touchpoints.csv", "invoices.csv");

    @TempDir
    Path temp;

    @Test
    void sameSpecGivesIdenticalFiles() throws Exception {
        DemoSpec spec = new DemoSpec(400, 42L, LocalDate.of(2024, 12, 31), 24);

        Map<String, String> first = hashes(DemoGenerator.generate(spec, temp.resolve("first")).folder());
        Map<String, String> second = hashes(DemoGenerator.generate(spec, temp.resolve("second")).folder());

        assertThat(first).hasSize(8).containsKeys("idem.yaml", "data/usage.csv");
        assertThat(second).isEqualTo(first);
    }

    @Test
    void otherSeedGivesOtherData() throws Exception {
        Map<String, String> seed42 = hashes(DemoGenerator.generate(new DemoSpec(200, 42L, LocalDate.of(2024, 12, 31), 24),
                temp.resolve("a")).folder());
        Map<String, String> seed43 = hashes(DemoGenerator.generate(new DemoSpec(200, 43L, LocalDate.of(2024, 12, 31), 24),
                temp.resolve("b")).folder());

        assertThat(seed43.get("data/accounts.csv")).isNotEqualTo(seed42.get("data/accounts.csv"));
        assertThat(seed43.get("data/usage.csv")).isNotEqualTo(seed42.get("data/usage.csv"));
    }

    @Test
    void usageRateLeavesLifecycleUnchanged() throws Exception {
        LocalDate asOf = LocalDate.of(2024, 12, 31);
        Map<String, String> dense = hashes(DemoGenerator.generate(new DemoSpec(200, 42L, asOf, 24, 300),
                temp.resolve("dense")).folder());
        Map<String, String> sparse = hashes(DemoGenerator.generate(new DemoSpec(200, 42L, asOf, 24, 20),
                temp.resolve("sparse")).folder());

        for (String file : LIFECYCLE_FILES) {
            assertThat(sparse.get("data/" + file)).as(file).isEqualTo(dense.get("data/" + file));
        }
        assertThat(sparse.get("data/usage.csv")).isNotEqualTo(dense.get("data/usage.csv"));
    }

    /** Returns the SHA-256 of every file under the folder, by path relative to it with '/' separators. */
    private static Map<String, String> hashes(Path folder) throws IOException, NoSuchAlgorithmException {
        Map<String, String> hashes = new TreeMap<>();
        try (Stream<Path> files = Files.walk(folder)) {
            for (Path file : files.filter(Files::isRegularFile).toList()) {
                byte[] digest = MessageDigest.getInstance("SHA-256").digest(Files.readAllBytes(file));
                hashes.put(folder.relativize(file).toString().replace('\\', '/'), HexFormat.of().formatHex(digest));
            }
        }
        return hashes;
    }
}
