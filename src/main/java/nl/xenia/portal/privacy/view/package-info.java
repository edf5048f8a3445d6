/**
 * Public page parts shared by components: inline assets (one request, within the content security policy), the inbox's
 * one-time views after a post, its sections and the code it opened.
 */
package nl.xenia.portal.privacy.view;
