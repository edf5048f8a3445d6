package nl.xenia.portal.info.view.office;

import jakarta.faces.component.FacesComponent;
import jakarta.faces.component.UIComponentBase;
import jakarta.faces.context.FacesContext;
import java.io.IOException;
import nl.xenia.portal.info.control.SourceChanges;

/**
 * {@code <x:sourceChanges before="…" after="…"/>}: the text after, with what changed since the text before
 * marked word by word in {@code <del>} and {@code <ins>}. The texts are staff-written Markdown shown as
 * text: {@link SourceChanges#html} escapes every part, so the only elements written are the marks.
 */
@FacesComponent(value = SourceChangesOutput.TYPE, createTag = true, tagName = "sourceChanges", namespace = "xenia")
public class SourceChangesOutput extends UIComponentBase {

    public static final String TYPE = "nl.xenia.portal.SourceChanges";

    @Override
    public String getFamily() {
        return "nl.xenia.portal";
    }

    @Override
    public void encodeBegin(FacesContext context) throws IOException {
        Object before = getAttributes().get("before");
        Object after = getAttributes().get("after");
        context.getResponseWriter().write(SourceChanges.html(before == null ? "" : before.toString(),
                after == null ? "" : after.toString()));
    }
}
