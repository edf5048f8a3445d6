/** Health checks and the JAX-RS application with its OpenAPI description. */
package nl.xenia.portal.operations.boundary;
