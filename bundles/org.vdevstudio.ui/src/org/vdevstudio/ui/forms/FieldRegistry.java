package org.vdevstudio.ui.forms;

import java.util.ArrayList;
import java.util.List;

import org.eclipse.core.databinding.observable.value.IObservableValue;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.swt.widgets.Control;

/**
 * Which widget of a details page shows which model attribute of the selected device, so that a
 * validation problem about (object, feature) can be shown at its field.
 */
public final class FieldRegistry {

    /** One bound field: the widget, the attribute it edits, and the device it edits it on. */
    public record Field(Control control, EStructuralFeature feature, IObservableValue<EObject> device) {
    }

    private final List<Field> fields = new ArrayList<>();

    void register(Control control, EStructuralFeature feature, IObservableValue<EObject> device) {
        fields.add(new Field(control, feature, device));
    }

    /** The live fields (disposed widgets left out). */
    public List<Field> fields() {
        return fields.stream().filter(f -> !f.control().isDisposed()).toList();
    }
}
