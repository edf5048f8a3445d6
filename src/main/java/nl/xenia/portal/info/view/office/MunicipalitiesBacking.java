package nl.xenia.portal.info.view.office;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import nl.xenia.portal.info.boundary.InfoEditing;
import nl.xenia.portal.info.boundary.InfoException;
import nl.xenia.portal.info.entity.Municipality;
import nl.xenia.portal.localization.boundary.Languages;
import nl.xenia.portal.localization.view.Messages;
import nl.xenia.portal.localization.view.NotFound;
import nl.xenia.portal.staff.view.office.OfficePages;
import nl.xenia.portal.staff.view.office.OfficeSession;

/**
 * office/municipalities (the list) and office/municipality?id= (one municipality's facts: licensing
 * desk, pilot, an explanation for readers per language). A save ends with a redirect to the municipality;
 * a refused one shows everything as typed.
 */
@Named
@RequestScoped
public class MunicipalitiesBacking {

    @Inject
    InfoEditing editing;

    @Inject
    OfficeSession session;

    @Inject
    Languages languages;

    @Inject
    Messages messages;

    private List<InfoEditing.MunicipalityFacts> all;
    private Long id;
    private InfoEditing.MunicipalityFacts chosen;
    private String licensingDesk;
    private String pilot;
    private final Map<String, String> notes = new HashMap<>();

    public List<InfoEditing.MunicipalityFacts> getAll() {
        if (all == null) {
            all = editing.municipalities(session.getSignedIn());
        }
        return all;
    }

    /** The view action of office/municipality (also on postback): the municipality, or 404. */
    public void load() {
        chosen = id == null
                ? null
                : getAll().stream().filter(facts -> facts.id() == id).findFirst().orElse(null);
        if (chosen == null) {
            NotFound.answer();
            return;
        }
        if (!FacesContext.getCurrentInstance().isPostback()) {
            licensingDesk = chosen.licensingDesk();
            pilot = chosen.pilot().name();
            notes.putAll(chosen.notes());
        }
    }

    public void save() {
        try {
            // one plain text area per language (named note-{code}); kept as typed if refused
            Map<String, String> form = FacesContext.getCurrentInstance().getExternalContext()
                    .getRequestParameterMap();
            Map<String, String> typed = new HashMap<>();
            languages.codes().forEach(code -> typed.put(code, form.get("note-" + code)));
            notes.clear();
            notes.putAll(typed);
            editing.saveMunicipality(session.getSignedIn(), chosen.id(), licensingDesk,
                    getPilots().contains(pilot) ? Municipality.Pilot.valueOf(pilot) : Municipality.Pilot.UNKNOWN,
                    typed);
            OfficePages.info(messages, "office.info.message.saved");
            OfficePages.done();
        } catch (InfoException refused) {
            InfoOffice.refused(messages, refused);
        }
    }

    public List<String> getPilots() {
        return Arrays.stream(Municipality.Pilot.values()).map(Enum::name).toList();
    }

    /** A language's name in the office's language ("Roemeens"). */
    public String languageName(String code) {
        return Languages.name(code, messages.getLang());
    }

    public List<Languages.Language> getLanguages() {
        return languages.all();
    }

    public InfoEditing.MunicipalityFacts getChosen() {
        return chosen;
    }

    public Long getId() {
        return id;
    }

    public void setId(Long id) {
        this.id = id;
    }

    public String getLicensingDesk() {
        return licensingDesk;
    }

    public void setLicensingDesk(String licensingDesk) {
        this.licensingDesk = licensingDesk;
    }

    public String getPilot() {
        return pilot;
    }

    public void setPilot(String pilot) {
        this.pilot = pilot;
    }

    /** The notes by language, bound to one text area each. */
    public Map<String, String> getNotes() {
        return notes;
    }
}
