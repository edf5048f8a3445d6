/**
 * Health checks, the in-memory cache of public pages that are the same for every reader, and the JAX-RS application
 * with its API error format, and the SchemaMigrated event that starts the jobs once the schema is ready.
 */
package nl.xenia.portal.operations.boundary;
