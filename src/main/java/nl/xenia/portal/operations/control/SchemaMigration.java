package nl.xenia.portal.operations.control;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.Startup;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.List;
import java.util.logging.Level;
import java.util.logging.Logger;
import javax.sql.DataSource;
import nl.xenia.portal.operations.boundary.SchemaMigrated;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.output.MigrateResult;

/**
 * Brings the database schema up to date with Flyway when the application starts, then fires
 * {@link SchemaMigrated}. Flyway locks its history table, so several servers starting at once
 * migrate once. If the database cannot be reached at start, readiness stays down and the
 * migration is tried again by the readiness check.
 */
@ApplicationScoped
public class SchemaMigration {

    private static final Logger LOG = Logger.getLogger(SchemaMigration.class.getName());

    @Resource(lookup = "jdbc/xenia")
    DataSource dataSource;

    @Inject
    @ConfigProperty(name = "xenia.demo", defaultValue = "false")
    boolean demo;

    @Inject
    Event<SchemaMigrated> migrated;

    private volatile boolean done;

    void onStart(@Observes Startup startup) {
        migrate();
    }

    /** Migrates if that has not succeeded yet; true when the schema is up to date. */
    public synchronized boolean migrate() {
        if (done) {
            return true;
        }
        List<String> locations = new ArrayList<>(List.of("classpath:db/migration"));
        if (demo) {
            locations.add("classpath:db/demo");
        }
        MigrateResult result;
        try {
            result = Flyway.configure(SchemaMigration.class.getClassLoader()).dataSource(dataSource)
                    .locations(locations.toArray(String[]::new))
                    // the demo content may be switched off later: its scripts are then not an error
                    .ignoreMigrationPatterns("*:future", "repeatable:missing").load().migrate();
            done = true;
            LOG.info(() -> "Database schema up to date: " + result.migrationsExecuted + " migrations applied, version "
                    + result.targetSchemaVersion);
        } catch (RuntimeException failure) {
            LOG.log(Level.SEVERE, "Database migration failed; the portal is not ready: {0}",
                    failure.getClass().getName());
            return false;
        }
        try {
            migrated.fire(new SchemaMigrated(result.migrationsExecuted));
        } catch (RuntimeException failure) {
            // a part that starts after migration failed; the schema itself is fine
            LOG.log(Level.SEVERE, "Starting after migration failed: {0}", failure.getClass().getName());
        }
        return true;
    }

    public boolean isDone() {
        return done;
    }
}
