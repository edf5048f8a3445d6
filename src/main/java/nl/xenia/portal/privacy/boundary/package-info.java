/**
 * The privacy facades other components use: secrets and receipt codes, the organisation's and installation's keys,
 * clients and their guess and rate limits, sign-in throttles, passwords and TOTP codes for staff and members, security headers, request limits, quick exit, and the retention job with
 * its Expiring beans.
 */
package nl.xenia.portal.privacy.boundary;
