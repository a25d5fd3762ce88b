package io.idem.cli;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Reads the RavenStack CSV files with plain Java for independent checks. The files have no quoted
 * fields except feedback text in churn events, which these tests do not read.
 */
final class RavenStackCsv {

    static Path folder() {
        Path folder = Path.of(System.getProperty("idem.data.dir", "../shared/data")).resolve("ravenstack-saas");
        if (!Files.isDirectory(folder)) {
            throw new IllegalStateException("RavenStack data not found at " + folder.toAbsolutePath()
                    + "; set the system property idem.data.dir to the shared datasets folder");
        }
        return folder;
    }

    static List<Map<String, String>> read(String file) throws IOException {
        List<String> lines = Files.readAllLines(folder().resolve(file));
        String[] header = lines.get(0).split(",", -1);
        List<Map<String, String>> rows = new ArrayList<>();
        for (String line : lines.subList(1, lines.size())) {
            if (line.isBlank()) {
                continue;
            }
            String[] fields = line.split(",", -1);
            Map<String, String> row = new HashMap<>();
            for (int i = 0; i < header.length; i++) {
                row.put(header[i], i < fields.length ? fields[i] : "");
            }
            rows.add(row);
        }
        return rows;
    }

    record Subscription(String account, LocalDate start, LocalDate end, BigDecimal mrr) {
        boolean activeOn(LocalDate day) {
            return !start.isAfter(day) && (end == null || end.isAfter(day));
        }
    }

    static List<Subscription> subscriptions() throws IOException {
        return read("ravenstack_subscriptions.csv").stream()
                .map(r -> new Subscription(r.get("account_id"), LocalDate.parse(r.get("start_date")),
                        r.get("end_date").isEmpty() ? null : LocalDate.parse(r.get("end_date")), new BigDecimal(r.get("mrr_amount"))))
                .toList();
    }

    static List<String> header(String file) throws IOException {
        return Arrays.asList(Files.readAllLines(folder().resolve(file)).get(0).split(","));
    }
}
