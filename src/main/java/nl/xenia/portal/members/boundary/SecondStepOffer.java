package nl.xenia.portal.members.boundary;

/**
 * A second step offered on the account page: the secret as an authenticator app takes it when typed, its QR code (an
 * SVG drawn by the server) and the secret sealed for the form (the page keeps no state: the confirmation posts it
 * back, and only the portal can open it).
 */
public record SecondStepOffer(String secretText, String qrSvg, String sealed) {

    @Override
    public String toString() {
        return "SecondStepOffer[…]";
    }
}
