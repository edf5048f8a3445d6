/**
 * Running the portal: schema migrations at start, health checks, the cache of shareable public pages, the JSON API's
 * root, and the clock.
 */
package nl.xenia.portal.operations;
