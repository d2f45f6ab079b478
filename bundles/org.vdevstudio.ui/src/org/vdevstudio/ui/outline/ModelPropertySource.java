package org.vdevstudio.ui.outline;

import java.util.ArrayList;
import java.util.List;

import org.eclipse.emf.common.command.Command;
import org.eclipse.emf.ecore.EAttribute;
import org.eclipse.emf.ecore.EEnum;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.eclipse.emf.ecore.util.FeatureMapUtil;
import org.eclipse.emf.edit.command.SetCommand;
import org.eclipse.emf.edit.domain.EditingDomain;
import org.eclipse.ui.views.properties.IPropertyDescriptor;
import org.eclipse.ui.views.properties.IPropertySource;
import org.eclipse.ui.views.properties.PropertyDescriptor;
import org.eclipse.ui.views.properties.TextPropertyDescriptor;
import org.vdevstudio.core.validation.Labels;

/**
 * The Properties view of one element: its XML attributes, editable as text (each change one
 * command; a value the attribute's type refuses changes nothing), and its child elements as
 * nested, expandable properties.
 */
public final class ModelPropertySource implements IPropertySource {

    private final EditingDomain domain;
    private final EObject object;

    public ModelPropertySource(EditingDomain domain, EObject object) {
        this.domain = domain;
        this.object = object;
    }

    @Override
    public Object getEditableValue() {
        return object;
    }

    @Override
    public IPropertyDescriptor[] getPropertyDescriptors() {
        List<IPropertyDescriptor> out = new ArrayList<>();
        for (EAttribute a : object.eClass().getEAllAttributes()) {
            if (a.isMany() || FeatureMapUtil.isFeatureMap(a)) {
                continue;
            }
            PropertyDescriptor d = new TextPropertyDescriptor(a, Labels.xmlName(a));
            d.setCategory("Attributes");
            d.setValidator(v -> problem(a, (String) v));
            d.setDescription(a.getEAttributeType() instanceof EEnum ? Labels.choices(a).trim() : null);
            out.add(d);
        }
        int n = 0;
        for (EObject child : object.eContents()) {
            PropertyDescriptor d = new PropertyDescriptor(child, (n++) + " " + Labels.xmlName(child.eContainmentFeature()));
            d.setCategory("Elements");
            out.add(d);
        }
        return out.toArray(IPropertyDescriptor[]::new);
    }

    @Override
    public Object getPropertyValue(Object id) {
        if (id instanceof EAttribute a) {
            return object.eIsSet(a) ? EcoreUtil.convertToString(a.getEAttributeType(), object.eGet(a)) : "";
        }
        return id instanceof EObject child ? new ModelPropertySource(domain, child) : null;
    }

    @Override
    public boolean isPropertySet(Object id) {
        return id instanceof EAttribute a && object.eIsSet(a);
    }

    @Override
    public void resetPropertyValue(Object id) {
        if (id instanceof EAttribute a && object.eIsSet(a)) {
            execute(new SetCommand(domain, object, a, SetCommand.UNSET_VALUE));
        }
    }

    @Override
    public void setPropertyValue(Object id, Object value) {
        if (!(id instanceof EAttribute a) || !(value instanceof String text) || problem(a, text) != null) {
            return;
        }
        Object v = text.isBlank() ? SetCommand.UNSET_VALUE : EcoreUtil.createFromString(a.getEAttributeType(), text.trim());
        Object old = object.eIsSet(a) ? object.eGet(a) : SetCommand.UNSET_VALUE;
        if (!v.equals(old)) {
            execute(new SetCommand(domain, object, a, v));
        }
    }

    /** Null when the attribute's type reads {@code text}, else why not. */
    static String problem(EStructuralFeature a, String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        try {
            EcoreUtil.createFromString(((EAttribute) a).getEAttributeType(), text.trim());
            return null;
        } catch (RuntimeException e) {
            return Labels.xmlName(a) + ": '" + text + "' is not a value here" + Labels.choices(a);
        }
    }

    private void execute(Command c) {
        if (c.canExecute()) {
            domain.getCommandStack().execute(c);
        }
    }
}
