package nl.xenia.portal.operations.boundary;

/** Fired once the database schema is at the version this build expects. */
public record SchemaMigrated(int migrationsApplied) {
}
