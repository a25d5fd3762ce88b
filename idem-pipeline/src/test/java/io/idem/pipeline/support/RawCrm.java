package io.idem.pipeline.support;

import static java.nio.charset.StandardCharsets.UTF_8;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * A second, independent reading of the Maven CRM files for tests: plain line splitting, no Commons CSV and no
 * production classes. It works because the four data files contain no quoted field, which {@link #lines} checks.
 */
public final class RawCrm {

    /** A pipeline row exactly as written, with GTXPro mapped to GTX Pro by the test's own table. */
    public record Row(String id, String agent, String product, String account, String stage, String engage,
            String close, String value) {

        public boolean closed() {
            return stage.equals("Won") || stage.equals("Lost");
        }

        public boolean won() {
            return stage.equals("Won");
        }

        public long cycleDays() {
            return LocalDate.parse(close).toEpochDay() - LocalDate.parse(engage).toEpochDay();
        }

        public long valueAsLong() {
            return Long.parseLong(value);
        }
    }

    public final List<Row> pipeline = new ArrayList<>();
    public final Map<String, String> seriesOfProduct = new HashMap<>();
    public final Map<String, Long> priceOfProduct = new HashMap<>();
    public final Map<String, String> sectorOfAccount = new HashMap<>();
    public final Map<String, String[]> teamOfAgent = new HashMap<>();

    public RawCrm(Path folder) {
        for (String[] fields : lines(folder.resolve("products.csv"))) {
            seriesOfProduct.put(fields[0], fields[1]);
            priceOfProduct.put(fields[0], Long.parseLong(fields[2]));
        }
        for (String[] fields : lines(folder.resolve("accounts.csv"))) {
            sectorOfAccount.put(fields[0], fields[1]);
        }
        for (String[] fields : lines(folder.resolve("sales_teams.csv"))) {
            teamOfAgent.put(fields[0], new String[] {fields[1], fields[2]});
        }
        for (String[] f : lines(folder.resolve("sales_pipeline.csv"))) {
            String product = f[2].equals("GTXPro") ? "GTX Pro" : f[2];
            pipeline.add(new Row(f[0], f[1], product, f[3], f[4], f[5], f[6], f[7]));
        }
    }

    /** Returns the data lines split on commas, header dropped, CR stripped. */
    public static List<String[]> lines(Path file) {
        try {
            List<String> all = Files.readAllLines(file, UTF_8);
            List<String[]> rows = new ArrayList<>();
            for (String line : all.subList(1, all.size())) {
                String text = line.endsWith("\r") ? line.substring(0, line.length() - 1) : line;
                if (text.contains("\"")) {
                    throw new IllegalStateException(file + " has a quoted field, which this reader cannot split");
                }
                rows.add(text.split(",", -1));
            }
            return rows;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
