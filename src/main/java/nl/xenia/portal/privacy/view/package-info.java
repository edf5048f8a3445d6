/** Page components that keep public pages to one request and within the content security policy. */
package nl.xenia.portal.privacy.view;
