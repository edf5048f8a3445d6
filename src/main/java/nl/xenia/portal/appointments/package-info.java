/**
 * Anonymous appointments: staff plan places, services and hours; a person books a free time without a name and sees,
 * moves or cancels it with a receipt code (the same code as their questions); staff confirm, decline and keep the
 * calendar.
 */
package nl.xenia.portal.appointments;
