/**
 * Information for sex workers: the public information pages and search, the municipalities of Fryslân, the home page's
 * opening hours, and the office screens where staff write and translate them.
 */
package nl.xenia.portal.info;
