/** The consultations' facades for members (Consultations) and staff (ConsultationDesk), their records and problems. */
package nl.xenia.portal.consultations.boundary;
