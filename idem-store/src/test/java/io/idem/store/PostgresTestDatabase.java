package io.idem.store;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Locale;
import java.util.UUID;

/**
 * A fresh PostgreSQL database for one test, created on the server named by the system property
 * {@code idem.test.postgres} (default {@code postgresql://postgres@127.0.0.1:5432/postgres}) and
 * dropped on close.
 */
public final class PostgresTestDatabase implements AutoCloseable {

    private static final String SERVER = System.getProperty("idem.test.postgres", "postgresql://postgres@127.0.0.1:5432/postgres");

    private final String databaseName;
    private final StoreLocation adminLocation;

    private PostgresTestDatabase(String databaseName, StoreLocation adminLocation) {
        this.databaseName = databaseName;
        this.adminLocation = adminLocation;
    }

    public static PostgresTestDatabase create() {
        StoreLocation admin = StoreLocation.parse(SERVER, java.nio.file.Path.of("."));
        String name = "idem_test_" + UUID.randomUUID().toString().replace("-", "").substring(0, 16).toLowerCase(Locale.ROOT);
        try (Connection connection = DriverManager.getConnection(admin.jdbcUrl(), admin.user(), admin.password());
             Statement statement = connection.createStatement()) {
            statement.execute("CREATE DATABASE " + name);
        } catch (SQLException e) {
            throw new IllegalStateException("cannot create test database on " + admin.describe()
                    + ": " + e.getMessage() + "; start PostgreSQL or set -Didem.test.postgres", e);
        }
        return new PostgresTestDatabase(name, admin);
    }

    /** Returns the store address of the new database. */
    public StoreLocation location() {
        String url = adminLocation.jdbcUrl().replaceFirst("/[^/?]+(\\?.*)?$", "/" + databaseName);
        return new StoreLocation(StoreLocation.Kind.POSTGRESQL, url, adminLocation.user(), adminLocation.password(), null);
    }

    @Override
    public void close() {
        try (Connection connection = DriverManager.getConnection(adminLocation.jdbcUrl(), adminLocation.user(), adminLocation.password());
             Statement statement = connection.createStatement()) {
            statement.execute("DROP DATABASE IF EXISTS " + databaseName + " WITH (FORCE)");
        } catch (SQLException e) {
            throw new IllegalStateException("cannot drop test database " + databaseName + ": " + e.getMessage(), e);
        }
    }
}
