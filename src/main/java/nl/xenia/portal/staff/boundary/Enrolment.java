package nl.xenia.portal.staff.boundary;

/** A started second-step enrolment: the secret (kept in the session until confirmed) and its QR code. */
public record Enrolment(byte[] secret, String secretText, String qrSvg) {
}
