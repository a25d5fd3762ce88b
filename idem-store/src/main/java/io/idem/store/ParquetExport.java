package io.idem.store;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Copies CSV outputs to Parquet for BI tools, through an in-memory DuckDB. DuckDB infers each
 * column's type from the CSV. File names are bound as parameters, never written into the SQL.
 */
public final class ParquetExport {

    private static final Logger LOG = LoggerFactory.getLogger(ParquetExport.class);

    private ParquetExport() {
    }

    /**
     * Writes {@code target/<relative path>.parquet} for every CSV file under {@code source}, keeping
     * the folder layout, and returns the files written.
     */
    public static List<Path> exportAll(Path source, Path target) {
        List<Path> written = new ArrayList<>();
        List<Path> csvFiles;
        try (Stream<Path> files = Files.walk(source)) {
            csvFiles = files.filter(f -> f.toString().endsWith(".csv") && !f.startsWith(target)).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot list the CSV files in " + source + ": " + e.getMessage(), e);
        }
        // DuckDB numbers the COPY target's placeholder before the query's, so the target is bound first.
        String sql = "COPY (SELECT * FROM read_csv(?, header = true)) TO ? (FORMAT parquet)";
        try (Connection connection = DriverManager.getConnection("jdbc:duckdb:");
             PreparedStatement copy = connection.prepareStatement(sql)) {
            for (Path csv : csvFiles) {
                if (!hasDataRow(csv)) {
                    LOG.info("Parquet export skips {}: it has no data rows", csv);
                    continue;
                }
                String name = source.relativize(csv).toString();
                Path parquet = target.resolve(name.substring(0, name.length() - ".csv".length()) + ".parquet");
                Files.createDirectories(parquet.getParent());
                copy.setString(1, parquet.toAbsolutePath().toString());
                copy.setString(2, csv.toAbsolutePath().toString());
                copy.execute();
                written.add(parquet);
            }
        } catch (SQLException e) {
            throw new StoreException("cannot export CSV outputs to Parquet: " + e.getMessage(), e);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot export CSV outputs to Parquet: " + e.getMessage(), e);
        }
        return written;
    }

    private static boolean hasDataRow(Path csv) throws IOException {
        try (var reader = Files.newBufferedReader(csv)) {
            return reader.readLine() != null && reader.readLine() != null;
        }
    }
}
