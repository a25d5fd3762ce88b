package io.idem.store;

import java.net.URI;
import java.net.URISyntaxException;
import java.nio.file.Path;
import java.util.Objects;

/**
 * Where a workspace keeps its state: an embedded DuckDB file (the default) or a PostgreSQL
 * database. Accepted forms of {@code --store}:
 * <ul>
 *   <li>empty or {@code duckdb}: {@code <workspace>/.idem/idem.duckdb}</li>
 *   <li>{@code duckdb:PATH}: that DuckDB file</li>
 *   <li>{@code postgresql://[user[:password]@]host[:port]/database}</li>
 *   <li>{@code jdbc:postgresql://...}: passed to the driver as it is</li>
 * </ul>
 */
public record StoreLocation(Kind kind, String jdbcUrl, String user, String password, Path duckDbFile) {

    public enum Kind { DUCKDB, POSTGRESQL }

    public StoreLocation {
        Objects.requireNonNull(kind, "kind is null");
        Objects.requireNonNull(jdbcUrl, "jdbcUrl is null");
    }

    public static StoreLocation parse(String text, Path workspaceDir) {
        if (text == null || text.isBlank() || text.equals("duckdb")) {
            return duckDb(workspaceDir.resolve(".idem").resolve("idem.duckdb"));
        }
        if (text.startsWith("duckdb:")) {
            return duckDb(Path.of(text.substring("duckdb:".length())));
        }
        if (text.startsWith("jdbc:postgresql:")) {
            return new StoreLocation(Kind.POSTGRESQL, text, null, null, null);
        }
        if (text.startsWith("postgresql://") || text.startsWith("postgres://")) {
            return postgres(text);
        }
        throw new StoreException("invalid store '" + redact(text) + "': use 'duckdb', 'duckdb:PATH' or "
                + "'postgresql://user@host:5432/database'");
    }

    public static StoreLocation duckDb(Path file) {
        Path absolute = file.toAbsolutePath().normalize();
        return new StoreLocation(Kind.DUCKDB, "jdbc:duckdb:" + absolute, null, null, absolute);
    }

    private static StoreLocation postgres(String text) {
        URI uri;
        try {
            uri = new URI(text);
        } catch (URISyntaxException e) {
            throw new StoreException("invalid PostgreSQL store address '" + redact(text) + "': " + e.getReason()
                    + "; use postgresql://user@host:5432/database", e);
        }
        String host = uri.getHost() == null ? "127.0.0.1" : uri.getHost();
        int port = uri.getPort() < 0 ? 5432 : uri.getPort();
        String path = uri.getPath() == null ? "" : uri.getPath();
        if (path.length() <= 1) {
            throw new StoreException("PostgreSQL store address '" + redact(text) + "' names no database; "
                    + "add one, for example postgresql://postgres@127.0.0.1:5432/idem");
        }
        String user = null;
        String password = null;
        if (uri.getUserInfo() != null) {
            String[] parts = uri.getUserInfo().split(":", 2);
            user = parts[0];
            password = parts.length > 1 ? parts[1] : null;
        }
        String query = uri.getQuery() == null ? "" : "?" + uri.getQuery();
        String url = "jdbc:postgresql://" + host + ":" + port + path + query;
        return new StoreLocation(Kind.POSTGRESQL, url, user == null ? "postgres" : user, password, null);
    }

    /** Returns the address with any password replaced, safe for logs and messages. */
    public static String redact(String text) {
        return text.replaceAll("(//[^:/@]+):[^@/]*@", "$1:***@");
    }

    /** Returns a description safe for logs: never contains the password. */
    public String describe() {
        return kind == Kind.DUCKDB ? "duckdb:" + duckDbFile : redact(jdbcUrl) + (user == null ? "" : " as " + user);
    }

    public SqlDialect dialect() {
        return switch (kind) {
            case DUCKDB -> new DuckDbDialect();
            case POSTGRESQL -> new PostgresDialect();
        };
    }
}
