/** Running the portal: schema migrations at start, health checks, and the JSON API's root. */
package nl.xenia.portal.operations;
