package io.idem.cli;

import io.idem.store.Store;
import io.idem.store.StoreLocation;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.stream.Stream;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Measures how much a stage spilled to disk. For DuckDB, a background thread samples the size of
 * the temporary directory next to the database file ({@code <file>.tmp}, DuckDB's default) every
 * 100 ms and keeps the largest size seen, so spills shorter than that can be missed. For
 * PostgreSQL, it is the growth of {@code temp_bytes} in {@code pg_stat_database} for the current
 * database, which counts every temporary file of every session in that database.
 */
final class SpillMeter implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(SpillMeter.class);
    private static final long SAMPLE_MILLIS = 100;

    private final Store store;
    private final Path duckDbTemp;
    private final long postgresStart;
    private final Thread sampler;
    private volatile long largest;
    private volatile boolean running = true;

    private SpillMeter(Store store) {
        this.store = store;
        StoreLocation location = store.location();
        if (location.kind() == StoreLocation.Kind.DUCKDB) {
            duckDbTemp = Path.of(location.duckDbFile() + ".tmp");
            postgresStart = 0;
            sampler = new Thread(this::sample, "spill-meter");
            sampler.setDaemon(true);
            sampler.start();
        } else {
            duckDbTemp = null;
            postgresStart = postgresTempBytes();
            sampler = null;
        }
    }

    static SpillMeter start(Store store) {
        return new SpillMeter(store);
    }

    /** Returns the bytes spilled since the meter started: the peak directory size for DuckDB, the total written for PostgreSQL. */
    long spilledBytes() {
        if (duckDbTemp != null) {
            return Math.max(largest, directorySize(duckDbTemp));
        }
        return postgresTempBytes() - postgresStart;
    }

    @Override
    public void close() {
        running = false;
        if (sampler != null) {
            sampler.interrupt();
        }
    }

    private void sample() {
        while (running) {
            largest = Math.max(largest, directorySize(duckDbTemp));
            try {
                Thread.sleep(SAMPLE_MILLIS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            }
        }
    }

    private static long directorySize(Path folder) {
        if (!Files.isDirectory(folder)) {
            return 0;
        }
        try (Stream<Path> files = Files.walk(folder)) {
            return files.filter(Files::isRegularFile).mapToLong(SpillMeter::sizeOrZero).sum();
        } catch (IOException | UncheckedIOException e) {
            // DuckDB deletes spill files while the walk runs, so this sample is skipped and the next one counts.
            LOG.debug("Cannot measure the DuckDB temporary directory {}: {}", folder, e.getMessage());
            return 0;
        }
    }

    private static long sizeOrZero(Path file) {
        try {
            return Files.size(file);
        } catch (IOException e) {
            return 0;
        }
    }

    private long postgresTempBytes() {
        String sql = "SELECT temp_bytes FROM pg_stat_database WHERE datname = current_database()";
        try (PreparedStatement statement = store.connection().prepareStatement(sql); ResultSet rows = statement.executeQuery()) {
            return rows.next() ? rows.getLong(1) : 0;
        } catch (SQLException e) {
            LOG.warn("Cannot read temp_bytes from pg_stat_database, so the spill is reported as 0: {}", e.getMessage());
            return 0;
        }
    }
}
