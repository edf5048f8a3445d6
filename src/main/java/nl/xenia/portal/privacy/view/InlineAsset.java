package nl.xenia.portal.privacy.view;

import jakarta.faces.component.FacesComponent;
import jakarta.faces.component.UIComponentBase;
import jakarta.faces.context.FacesContext;
import jakarta.faces.context.ResponseWriter;
import java.io.IOException;
import nl.xenia.portal.privacy.control.InlineAssets;

/**
 * Writes one of the shipped assets inline: {@code <x:inlineAsset name="public.css"/>} becomes a
 * {@code <style>} element, a {@code .js} asset a {@code <script>} element. Only assets packaged with
 * the portal can be written, never request data.
 */
@FacesComponent(value = InlineAsset.TYPE, createTag = true, tagName = "inlineAsset", namespace = "xenia")
public class InlineAsset extends UIComponentBase {

    public static final String TYPE = "nl.xenia.portal.InlineAsset";

    @Override
    public String getFamily() {
        return "nl.xenia.portal";
    }

    @Override
    public void encodeBegin(FacesContext context) throws IOException {
        String name = (String) getAttributes().get("name");
        String element = name.endsWith(".js") ? "script" : "style";
        // written as plain text, so no response writer (e.g. PrimeFaces' CSP writer) adds attributes
        ResponseWriter writer = context.getResponseWriter();
        writer.write("<" + element + ">" + InlineAssets.content(name) + "</" + element + ">");
    }
}
