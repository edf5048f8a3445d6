/** Consultations, their texts, questions, options, sessions, sign-ups, participation, responses and answers. */
package nl.xenia.portal.consultations.entity;
