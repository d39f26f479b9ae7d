package org.passerelle.store;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import org.flywaydb.core.Flyway;
import org.jdbi.v3.core.Jdbi;
import org.passerelle.PasserelleException;

/**
 * The gateway's database: an H2 file by default, PostgreSQL for several replicas, the same Flyway
 * migrations for both, a HikariCP pool and JDBI on top. Holds metadata only (users, keys; later
 * audit and usage), never prompt or answer content.
 */
public final class Database implements AutoCloseable {

    private final HikariDataSource dataSource;
    private final Jdbi jdbi;
    private final boolean postgres;

    private Database(HikariDataSource dataSource, boolean postgres) {
        this.dataSource = dataSource;
        this.jdbi = Jdbi.create(dataSource);
        this.postgres = postgres;
    }

    /** Opens the database at {@code url} and brings its schema up to date. */
    public static Database open(String url) {
        HikariConfig config = new HikariConfig();
        config.setJdbcUrl(url);
        config.setMaximumPoolSize(8);
        config.setPoolName("passerelle");
        // A database that does not answer fails a request in seconds, not half a minute; audit events
        // are spooled meanwhile (AuditLog).
        config.setConnectionTimeout(3_000);
        HikariDataSource dataSource;
        try {
            dataSource = new HikariDataSource(config);
        } catch (RuntimeException e) {
            throw new PasserelleException(PasserelleException.Kind.UNAVAILABLE, "database-unavailable",
                    "cannot open the database (" + e.getClass().getSimpleName() + ")");
        }
        try {
            Flyway.configure().dataSource(dataSource).locations("classpath:db/migration").load().migrate();
        } catch (RuntimeException e) {
            dataSource.close();
            throw new PasserelleException(PasserelleException.Kind.UNAVAILABLE, "database-migration-failed",
                    "cannot bring the database schema up to date (" + e.getClass().getSimpleName() + ")");
        }
        return new Database(dataSource, url.startsWith("jdbc:postgresql:"));
    }

    public Jdbi jdbi() {
        return jdbi;
    }

    /** Whether this is PostgreSQL (else H2): the few statements whose syntax differs ask. */
    public boolean postgres() {
        return postgres;
    }

    @Override
    public void close() {
        dataSource.close();
    }
}
