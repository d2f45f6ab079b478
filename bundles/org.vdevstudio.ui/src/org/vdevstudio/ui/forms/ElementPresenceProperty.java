package org.vdevstudio.ui.forms;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EReference;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.eclipse.emf.edit.domain.EditingDomain;
import org.vdevstudio.core.edit.Indentation;
import org.vdevstudio.core.edit.ModelPath;

/**
 * An empty flag element such as {@code <readonly/>} as the choice "yes" (present) or "" (absent);
 * a change adds or removes the element, indented, in one command.
 */
public class ElementPresenceProperty extends ModelValueProperty {

    public static final String PRESENT = "yes";

    private final EReference element;
    private final String label;

    public ElementPresenceProperty(EditingDomain domain, String label, EReference element) {
        // no attribute: reading and writing are about the element itself
        super(domain, label, ModelPath.of(), null);
        this.element = element;
        this.label = label;
    }

    @Override
    protected String doGetValue(EObject source) {
        return source.eGet(element) != null ? PRESENT : "";
    }

    @Override
    protected void doSetValue(EObject source, String value) {
        EObject present = (EObject) source.eGet(element);
        boolean wanted = PRESENT.equals(value);
        if (wanted && present == null) {
            execute(Indentation.insertAfter(label, source, element, EcoreUtil.create(element.getEReferenceType()), null));
        } else if (!wanted && present != null) {
            execute(Indentation.remove(label, present));
        }
    }
}
