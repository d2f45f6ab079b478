package org.vdevstudio.ui.forms;

import java.util.HashMap;
import java.util.Map;

import org.eclipse.core.databinding.property.INativePropertyListener;
import org.eclipse.core.databinding.property.ISimplePropertyListener;
import org.eclipse.core.databinding.property.value.SimpleValueProperty;
import org.eclipse.core.databinding.observable.value.ValueDiff;
import org.eclipse.emf.common.command.Command;
import org.eclipse.emf.ecore.EAttribute;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.eclipse.emf.edit.domain.EditingDomain;
import org.vdevstudio.core.edit.ModelPath;

/**
 * An attribute somewhere below a device, as text, written through the editing domain's command
 * stack (what {@code EMFEditProperties.value} would do, which is not on Maven Central for this
 * platform). "" means absent. It has no listener of its own: the details refresh their targets
 * after every command, which also covers a source edit that replaces the whole domain.
 */
public class ModelValueProperty extends SimpleValueProperty<EObject, String> {

    private final EditingDomain domain;
    private final ModelPath path;
    private final EAttribute attribute;
    private final String label;

    public ModelValueProperty(EditingDomain domain, String label, ModelPath path, EAttribute attribute) {
        this.domain = domain;
        this.label = label;
        this.path = path;
        this.attribute = attribute;
    }

    @Override
    public Object getValueType() {
        return String.class;
    }

    @Override
    protected String doGetValue(EObject source) {
        Object v = path.get(source, attribute);
        return v == null ? "" : EcoreUtil.convertToString(attribute.getEAttributeType(), v);
    }

    @Override
    protected void doSetValue(EObject source, String value) {
        Map<EAttribute, Object> values = new HashMap<>();
        values.put(attribute, value == null || value.isBlank() ? null
                : EcoreUtil.createFromString(attribute.getEAttributeType(), value.trim()));
        execute(path.set(domain, label, source, values));
    }

    /** Runs a command on the stack; null (nothing changes) adds no undo step. */
    protected void execute(Command command) {
        if (command != null && command.canExecute()) {
            domain.getCommandStack().execute(command);
        }
    }

    /** The attribute this property edits (below the device, at the end of its path). */
    public EAttribute attribute() {
        return attribute;
    }

    protected EditingDomain domain() {
        return domain;
    }

    @Override
    public INativePropertyListener<EObject> adaptListener(
            ISimplePropertyListener<EObject, ValueDiff<? extends String>> listener) {
        return null;
    }
}
