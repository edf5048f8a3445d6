/** Information entities: opening hours (walk-in and consultation). */
package nl.xenia.portal.info.entity;
