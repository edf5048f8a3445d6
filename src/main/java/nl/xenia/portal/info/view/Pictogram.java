package nl.xenia.portal.info.view;

import jakarta.faces.component.FacesComponent;
import jakarta.faces.component.UIComponentBase;
import jakarta.faces.context.FacesContext;
import java.io.IOException;
import nl.xenia.portal.info.boundary.Pictograms;

/**
 * {@code <x:pictogram name="health"/>}: one of the pictograms shipped with the portal, inline. Only a
 * name is given, so nothing but the project's own SVG files can be written.
 */
@FacesComponent(value = Pictogram.TYPE, createTag = true, tagName = "pictogram", namespace = "xenia")
public class Pictogram extends UIComponentBase {

    public static final String TYPE = "nl.xenia.portal.Pictogram";

    @Override
    public String getFamily() {
        return "nl.xenia.portal";
    }

    @Override
    public void encodeBegin(FacesContext context) throws IOException {
        Object name = getAttributes().get("name");
        context.getResponseWriter().write(Pictograms.svg(name == null ? null : name.toString()));
    }
}
