/** Page components that keep public pages to one request and within the content security policy: inline assets. */
package nl.xenia.portal.privacy.view;
