/**
 * Health checks, the in-memory cache of public pages that are the same for every reader, and the JAX-RS application
 * with its API error format.
 */
package nl.xenia.portal.operations.boundary;
