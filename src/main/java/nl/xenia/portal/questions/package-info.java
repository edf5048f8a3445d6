/**
 * Anonymous questions: asked without a name, answered by staff, read back with a receipt code; canned replies, staff
 * alerts and counts for monitoring.
 */
package nl.xenia.portal.questions;
