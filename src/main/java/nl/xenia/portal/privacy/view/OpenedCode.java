package nl.xenia.portal.privacy.view;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Named;
import nl.xenia.portal.privacy.boundary.Client;

/**
 * The receipt code the inbox opened in this request (as typed, only in this request's memory) and the client that
 * typed it: the inbox's sections ask their own facades with both, so every way in by a code still passes the guess
 * limit there. Empty while no code is open.
 */
@Named("openedCode")
@RequestScoped
public class OpenedCode {

    private String code;
    private Client client;

    /** The inbox opened this code for this client. */
    public void open(String typedCode, Client typedBy) {
        this.code = typedCode;
        this.client = typedBy;
    }

    public boolean isOpen() {
        return code != null;
    }

    public String getCode() {
        return code;
    }

    public Client getClient() {
        return client;
    }
}
