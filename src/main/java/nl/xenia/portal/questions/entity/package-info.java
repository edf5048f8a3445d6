/** A question thread (found by its receipt code's keyed hash) and its sealed messages. */
package nl.xenia.portal.questions.entity;
