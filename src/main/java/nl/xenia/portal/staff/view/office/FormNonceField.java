package nl.xenia.portal.staff.view.office;

import jakarta.el.ValueExpression;
import jakarta.faces.component.UIComponent;
import jakarta.faces.component.UIForm;
import jakarta.faces.component.html.HtmlOutputText;
import jakarta.faces.context.FacesContext;
import jakarta.faces.event.AbortProcessingException;
import jakarta.faces.event.SystemEvent;
import jakarta.faces.event.SystemEventListener;
import nl.xenia.portal.localization.boundary.OfficePaths;

/**
 * Puts the page's PrimeFaces nonce into every office form as a hidden field, rendered by the server: PrimeFaces
 * adds it by script, so without JavaScript every office form was refused by {@link FormNonceCheck}. With
 * JavaScript PrimeFaces finds the field and keeps using it. The nonce is no secret from the page that carries it
 * (its scripts name it too); what a form from another site lacks is the page, and so the nonce. Registered in
 * faces-config.xml for forms added to a view.
 */
public class FormNonceField implements SystemEventListener {

    /** The id of the field's component inside each form. */
    static final String ID = "xenia_nonce";

    @Override
    public boolean isListenerForSource(Object source) {
        return source instanceof UIForm;
    }

    @Override
    public void processEvent(SystemEvent event) throws AbortProcessingException {
        UIForm form = (UIForm) event.getSource();
        FacesContext context = FacesContext.getCurrentInstance();
        if (context.getViewRoot() == null || !OfficePaths.isOfficeView(context.getViewRoot().getViewId())
                || form.getChildren().stream().map(UIComponent::getId).anyMatch(ID::equals)) {
            return;
        }
        HtmlOutputText field = (HtmlOutputText) context.getApplication()
                .createComponent(HtmlOutputText.COMPONENT_TYPE);
        field.setId(ID);
        field.setTransient(true);
        field.setEscape(false);
        ValueExpression markup = context.getApplication().getExpressionFactory().createValueExpression(
                context.getELContext(), "#{formNonce.field}", String.class);
        field.setValueExpression("value", markup);
        form.getChildren().add(field);
    }
}
