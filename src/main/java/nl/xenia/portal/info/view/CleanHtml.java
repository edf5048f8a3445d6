package nl.xenia.portal.info.view;

import jakarta.faces.component.FacesComponent;
import jakarta.faces.component.UIComponentBase;
import jakarta.faces.context.FacesContext;
import java.io.IOException;
import nl.xenia.portal.info.boundary.Markdown;

/**
 * The one place pages write HTML that people authored (the office's source changes write people's text only
 * escaped, see {@code SourceChangesOutput}): {@code <x:cleanHtml value="…"/>} writes its
 * value only after passing it through the information pages' allow-list sanitizer again, so even a
 * value that did not come from {@link Markdown} cannot carry scripts, styles or event handlers.
 */
@FacesComponent(value = CleanHtml.TYPE, createTag = true, tagName = "cleanHtml", namespace = "xenia")
public class CleanHtml extends UIComponentBase {

    public static final String TYPE = "nl.xenia.portal.CleanHtml";

    @Override
    public String getFamily() {
        return "nl.xenia.portal";
    }

    @Override
    public void encodeBegin(FacesContext context) throws IOException {
        Object value = getAttributes().get("value");
        if (value != null) {
            context.getResponseWriter().write(Markdown.clean(value.toString()));
        }
    }
}
