package nl.xenia.portal.outreach.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import nl.xenia.portal.localization.boundary.Languages;
import nl.xenia.portal.outreach.boundary.OutreachException.Problem;
import nl.xenia.portal.outreach.control.CardSheet;
import nl.xenia.portal.outreach.control.Face;
import nl.xenia.portal.outreach.control.Flyers;
import nl.xenia.portal.outreach.control.QrCodes;
import nl.xenia.portal.staff.boundary.RequiresRole;
import nl.xenia.portal.staff.boundary.SignedIn;
import nl.xenia.portal.staff.entity.Role;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Outreach material for the office (STAFF and ADMIN): cards and flyers per language and version as one PDF to print,
 * and the QR code of a language alone (PNG, SVG) for advertising sites. Every code leads to the portal's home in its
 * language, {@code <xenia.outreach.url>/<lang>} ({@code xenia.public.url} when the first is not set); the portal sends
 * {@code /ro} on to {@code /ro/}, and the shorter address makes a smaller code and is quicker to type. Files are named
 * by material and language codes; the PDF's author is the organisation. Nothing is stored or logged.
 */
@ApplicationScoped
public class Outreach {

    @Inject
    Languages languages;

    @Inject
    @ConfigProperty(name = "xenia.outreach.url")
    Optional<String> outreachUrl;

    @Inject
    @ConfigProperty(name = "xenia.public.url", defaultValue = "http://localhost:9080")
    String publicUrl;

    /** The address the codes start with, without a slash at the end. */
    public String base() {
        String url = outreachUrl.map(String::strip).filter(value -> !value.isEmpty()).orElse(publicUrl.strip());
        while (url.endsWith("/")) {
            url = url.substring(0, url.length() - 1);
        }
        return url;
    }

    /** The address a language's code holds: the portal's home in that language. */
    public String address(String language) {
        return base() + "/" + language;
    }

    /** The languages material can be made in: the portal's public languages, in their order. */
    public List<Languages.Language> languages() {
        return languages.all();
    }

    /**
     * One PDF to print: for each language (in the portal's order) and each version asked for, one A4 sheet of ten
     * cards or four flyers. Named {@code xenia-<material>-<lang>-<lang>.pdf}; its title is in the office's language.
     */
    @RequiresRole({Role.STAFF, Role.ADMIN})
    public Download print(SignedIn staff, OutreachMaterial material, Collection<OutreachVersion> versions,
            Collection<String> languageCodes, String officeLanguage) {
        if (material == null) {
            throw new OutreachException(Problem.MATERIAL);
        }
        if (versions == null || versions.isEmpty() || versions.contains(null)) {
            throw new OutreachException(Problem.VERSION);
        }
        List<String> chosen = chosen(languageCodes);
        Set<OutreachVersion> kinds = EnumSet.copyOf(versions);
        List<Face> faces = new ArrayList<>();
        for (String language : chosen) {
            for (OutreachVersion version : kinds) {
                faces.add(Face.of(language, version == OutreachVersion.NEUTRAL, address(language),
                        key -> languages.format(language, key, Map.of())));
            }
        }
        String codes = String.join(", ", chosen);
        byte[] pdf = material == OutreachMaterial.CARDS
                ? CardSheet.pdf(languages.format(officeLanguage, "office.outreach.pdf.cards",
                        Map.of("languages", codes)), faces)
                : Flyers.pdf(languages.format(officeLanguage, "office.outreach.pdf.flyers",
                        Map.of("languages", codes)), faces);
        return new Download(fileName(material, chosen), "application/pdf", pdf);
    }

    /** A language's QR code as a PNG (16 pixels per module, with its quiet zone): {@code xenia-qr-<lang>.png}. */
    @RequiresRole({Role.STAFF, Role.ADMIN})
    public Download qrPng(SignedIn staff, Collection<String> languageCodes) {
        String language = one(languageCodes);
        return new Download(qrFileName(language, "png"), "image/png", QrCodes.png(address(language)));
    }

    /** A language's QR code as an SVG (one path, with its quiet zone): {@code xenia-qr-<lang>.svg}. */
    @RequiresRole({Role.STAFF, Role.ADMIN})
    public Download qrSvg(SignedIn staff, Collection<String> languageCodes) {
        String language = one(languageCodes);
        return new Download(qrFileName(language, "svg"), "image/svg+xml",
                QrCodes.svg(address(language)).getBytes(StandardCharsets.UTF_8));
    }

    /** The PDF's name: the material and the language codes, nothing else ({@code xenia-cards-ro-bg.pdf}). */
    static String fileName(OutreachMaterial material, List<String> languageCodes) {
        return "xenia-" + material.parameter() + "-" + String.join("-", languageCodes) + ".pdf";
    }

    /** A QR code's name: the language code and the format ({@code xenia-qr-ro.svg}). */
    static String qrFileName(String language, String extension) {
        return "xenia-qr-" + language + "." + extension;
    }

    /** The languages asked for, each once, in the portal's order; refused when none or an unknown one. */
    private List<String> chosen(Collection<String> languageCodes) {
        if (languageCodes == null || languageCodes.isEmpty()) {
            throw new OutreachException(Problem.NO_LANGUAGE);
        }
        for (String code : languageCodes) {
            if (!languages.isSupported(code)) {
                throw new OutreachException(Problem.UNKNOWN_LANGUAGE);
            }
        }
        return languages.codes().stream().filter(languageCodes::contains).toList();
    }

    private String one(Collection<String> languageCodes) {
        List<String> chosen = chosen(languageCodes);
        if (chosen.size() != 1 || languageCodes.size() != 1) {
            throw new OutreachException(Problem.ONE_LANGUAGE);
        }
        return chosen.get(0);
    }
}
