/** Staff entities: the bootstrap token (stored only as a hash) and the audit log. */
package nl.xenia.portal.staff.entity;
