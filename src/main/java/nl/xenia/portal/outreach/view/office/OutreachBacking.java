package nl.xenia.portal.outreach.view.office;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import nl.xenia.portal.localization.boundary.Languages;
import nl.xenia.portal.localization.boundary.OfficePaths;
import nl.xenia.portal.localization.view.Messages;
import nl.xenia.portal.outreach.boundary.Download;
import nl.xenia.portal.outreach.boundary.Outreach;
import nl.xenia.portal.outreach.boundary.OutreachException;
import nl.xenia.portal.outreach.boundary.OutreachMaterial;
import nl.xenia.portal.outreach.boundary.OutreachVersion;
import nl.xenia.portal.staff.view.office.OfficePages;
import nl.xenia.portal.staff.view.office.OfficeSession;

/**
 * office/outreach: languages, versions and cards or flyers are chosen in a plain GET form, so the address says what is
 * printed and nothing is posted: {@code ?download=pdf&product=cards&lang=ro&lang=bg&version=neutral} answers the PDF,
 * {@code ?download=png&lang=ro} (or {@code svg}) a language's QR code, each as an attachment named by material and
 * language codes. A choice the boundary refuses (no language, an unknown one, no version) is said above the form, which
 * shows the choices again.
 */
@Named
@RequestScoped
public class OutreachBacking {

    static final String PAGE = "outreach";

    @Inject
    Outreach outreach;

    @Inject
    OfficeSession session;

    @Inject
    Messages messages;

    /**
     * A language to tick: its own name, its name in the office's language when that differs (else empty), its address,
     * its code drawn inline and the words of its links.
     */
    public record LanguageChoice(String code, String endonym, String name, boolean checked, String address,
            String qrSvg, String qrLabel, String pngLabel, String svgLabel) {
    }

    /** A version or a material to tick: its value in the address, its label, whether it is ticked. */
    public record Choice(String value, String label, boolean checked) {
    }

    private List<LanguageChoice> languageChoices;

    /** The view action: the file asked for, or the page with the refusal above the form. */
    public void load() {
        String download = param("download");
        if (download == null) {
            return;
        }
        Download file;
        try {
            file = switch (download) {
                case "pdf" -> outreach.print(session.getSignedIn(), material(), versions(), values("lang"),
                        messages.getLang());
                case "png" -> outreach.qrPng(session.getSignedIn(), values("lang"));
                case "svg" -> outreach.qrSvg(session.getSignedIn(), values("lang"));
                default -> null;
            };
        } catch (OutreachException refused) {
            OfficePages.error(messages, "OutreachException.Problem." + refused.getProblem().name());
            return;
        }
        if (file == null) {
            OfficePages.error(messages, "office.outreach.message.error.download");
            return;
        }
        send(file);
    }

    /** The portal's languages to tick, those in the address ticked, each with its QR code. */
    public List<LanguageChoice> getLanguages() {
        if (languageChoices == null) {
            List<String> asked = values("lang");
            String office = messages.getLang();
            languageChoices = new ArrayList<>();
            for (Languages.Language language : outreach.languages()) {
                String name = Languages.name(language.code(), office);
                String svg = new String(outreach.qrSvg(session.getSignedIn(), List.of(language.code())).bytes(),
                        StandardCharsets.UTF_8);
                String other = name.equalsIgnoreCase(language.endonym()) ? "" : name;
                languageChoices.add(new LanguageChoice(language.code(), language.endonym(), other,
                        asked.contains(language.code()), outreach.address(language.code()), svg,
                        messages.format("office.outreach.qr.image", "language", name),
                        messages.format("office.outreach.png", "language", name),
                        messages.format("office.outreach.svg", "language", name)));
            }
        }
        return languageChoices;
    }

    /** The versions, the standard one ticked when the address names none. */
    public List<Choice> getVersions() {
        List<String> asked = values("version");
        return Arrays.stream(OutreachVersion.values())
                .map(version -> new Choice(version.parameter(),
                        messages.get("OutreachVersion." + version.name()),
                        asked.isEmpty() ? version == OutreachVersion.STANDARD : asked.contains(version.parameter())))
                .toList();
    }

    /** Cards or flyers, cards chosen when the address names neither. */
    public List<Choice> getMaterials() {
        OutreachMaterial asked = material();
        return Arrays.stream(OutreachMaterial.values())
                .map(material -> new Choice(material.parameter(),
                        messages.get("OutreachMaterial." + material.name()),
                        asked == null ? material == OutreachMaterial.CARDS : material == asked))
                .toList();
    }

    /** The address the codes start with (the setting). */
    public String getBase() {
        return outreach.base();
    }

    /** Where the form sends its GET, and the downloads' links start: this page in the office's language. */
    public String getAction() {
        HttpServletRequest request = (HttpServletRequest) FacesContext.getCurrentInstance().getExternalContext()
                .getRequest();
        return request.getContextPath() + OfficePaths.url(messages.getLang(), PAGE);
    }

    private OutreachMaterial material() {
        return OutreachMaterial.of(param("product")).orElse(null);
    }

    /** The versions in the address; one that does not exist as null (the boundary refuses it). */
    private List<OutreachVersion> versions() {
        List<OutreachVersion> versions = new ArrayList<>();
        for (String value : values("version")) {
            versions.add(OutreachVersion.of(value).orElse(null));
        }
        return versions;
    }

    private static String param(String name) {
        return FacesContext.getCurrentInstance().getExternalContext().getRequestParameterMap().get(name);
    }

    private static List<String> values(String name) {
        String[] values = FacesContext.getCurrentInstance().getExternalContext().getRequestParameterValuesMap()
                .get(name);
        return values == null ? List.of() : List.of(values);
    }

    /** Answers the request with the file as an attachment, kept nowhere, and ends the Faces request. */
    private static void send(Download file) {
        byte[] body = file.bytes();
        FacesContext context = FacesContext.getCurrentInstance();
        HttpServletResponse response = (HttpServletResponse) context.getExternalContext().getResponse();
        response.setStatus(HttpServletResponse.SC_OK);
        response.setContentType(file.contentType());
        response.setHeader("Content-Disposition", "attachment; filename=\"" + file.fileName() + "\"");
        response.setHeader("Cache-Control", "no-store");
        response.setContentLength(body.length);
        try {
            response.getOutputStream().write(body);
        } catch (IOException failed) {
            throw new UncheckedIOException(failed);
        }
        context.responseComplete();
    }
}
