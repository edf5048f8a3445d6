package nl.xenia.portal.consultations.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.nio.charset.StandardCharsets;
import nl.xenia.portal.consultations.boundary.Answers;
import nl.xenia.portal.consultations.entity.ConsultationSession;
import nl.xenia.portal.consultations.entity.Response;
import nl.xenia.portal.privacy.boundary.InstallationKeys;
import nl.xenia.portal.privacy.boundary.Secrets;

/**
 * What consultations keep encrypted under keys derived from the installation's receipt key (outside the database): a
 * member's response until the close (so a copy of the database does not tell what a member answered anonymously, nor
 * what a draft says), and where a session meets. Each is bound to its row: copied to another row it does not open.
 */
@ApplicationScoped
public class Sealing {

    private static final String RESPONSES = "consultation-response";
    private static final String PLACES = "consultation-session-place";

    @Inject
    InstallationKeys installationKeys;

    @Inject
    Secrets secrets;

    public byte[] lockResponse(long consultationId, long memberId, Answers answers) {
        return secrets.protect(ResponseContent.write(answers), installationKeys.derivedKey(RESPONSES),
                Response.context(consultationId, memberId));
    }

    public Answers openResponse(Response response) {
        return secrets.unprotect(response.getContent(), installationKeys.derivedKey(RESPONSES), response.context())
                .map(ResponseContent::read)
                .orElseThrow(() -> new IllegalStateException("A response did not open with its key"));
    }

    public byte[] lockPlace(ConsultationSession session, String place) {
        return secrets.protect(place.getBytes(StandardCharsets.UTF_8), installationKeys.derivedKey(PLACES),
                session.placeContext());
    }

    public String openPlace(ConsultationSession session) {
        return secrets.unprotect(session.getPlace(), installationKeys.derivedKey(PLACES), session.placeContext())
                .map(bytes -> new String(bytes, StandardCharsets.UTF_8))
                .orElseThrow(() -> new IllegalStateException("A session's place did not open with its key"));
    }
}
