/**
 * Question threads (found by their receipt code's keyed hash) with their sealed messages, topics and states, canned
 * replies, staff alerts, and the counts kept of deleted threads.
 */
package nl.xenia.portal.questions.entity;
