package io.idem.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.sql.ResultSet;
import java.sql.Statement;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class StoreMigrationTest {

    @Test
    void duckDbStoreCreatesStateTables(@TempDir Path workspace) throws Exception {
        try (Store store = Store.open(StoreLocation.parse(null, workspace))) {
            try (Statement statement = store.connection().createStatement();
                 ResultSet rows = statement.executeQuery("SELECT count(*) FROM segment_membership")) {
                rows.next();
                assertThat(rows.getLong(1)).isZero();
            }
        }
        assertThat(workspace.resolve(".idem/idem.duckdb")).exists();
    }

    @Test
    void reopeningAppliesNoMigrationTwice(@TempDir Path workspace) throws Exception {
        Store.open(StoreLocation.parse(null, workspace)).close();
        try (Store store = Store.open(StoreLocation.parse(null, workspace));
             Statement statement = store.connection().createStatement();
             ResultSet rows = statement.executeQuery("SELECT count(*), count(DISTINCT version) FROM idem_schema_history WHERE success")) {
            rows.next();
            assertThat(rows.getLong(1)).isEqualTo(rows.getLong(2));
            assertThat(rows.getLong(1)).isEqualTo(migrationFiles());
        }
    }

    /** Counts the migration scripts on the classpath, so the test does not need updating for each new one. */
    private static long migrationFiles() throws Exception {
        var folder = java.nio.file.Path.of(StoreMigrationTest.class.getResource("/db/migration").toURI());
        try (var files = java.nio.file.Files.list(folder)) {
            return files.filter(f -> f.getFileName().toString().matches("V\\d+__.*\\.sql")).count();
        }
    }

    @Test
    void postgresStoreCreatesStateTables() throws Exception {
        try (PostgresTestDatabase database = PostgresTestDatabase.create()) {
            try (Store store = Store.open(database.location());
                 Statement statement = store.connection().createStatement();
                 ResultSet rows = statement.executeQuery("SELECT count(*) FROM opportunity")) {
                rows.next();
                assertThat(rows.getLong(1)).isZero();
                assertThat(store.dialect()).isInstanceOf(PostgresDialect.class);
            }
        }
    }

    @Test
    void passwordNeverAppearsInDescription() {
        StoreLocation location = StoreLocation.parse("postgresql://idem:s3cret@127.0.0.1:5432/idem", Path.of("."));
        assertThat(location.describe()).doesNotContain("s3cret");
        assertThat(location.jdbcUrl()).isEqualTo("jdbc:postgresql://127.0.0.1:5432/idem");
        assertThat(location.password()).isEqualTo("s3cret");
    }
}
