/** Staff entities: the bootstrap token (stored only as a hash). */
package nl.xenia.portal.staff.entity;
