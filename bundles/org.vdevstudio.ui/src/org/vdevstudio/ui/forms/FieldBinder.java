package org.vdevstudio.ui.forms;

import java.util.List;
import java.util.function.Function;

import org.eclipse.core.databinding.Binding;
import org.eclipse.core.databinding.DataBindingContext;
import org.eclipse.core.databinding.UpdateValueStrategy;
import org.eclipse.core.databinding.observable.value.IObservableValue;
import org.eclipse.core.databinding.property.value.IValueProperty;
import org.eclipse.core.databinding.validation.IValidator;
import org.eclipse.core.databinding.validation.ValidationStatus;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.jface.databinding.fieldassist.ControlDecorationSupport;
import org.eclipse.jface.databinding.fieldassist.ControlDecorationUpdater;
import org.eclipse.jface.databinding.swt.typed.WidgetProperties;
import org.eclipse.jface.fieldassist.ControlDecoration;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Text;
import org.eclipse.ui.forms.widgets.FormToolkit;

/**
 * Labelled fields of a details page, bound to the selected device: text commits on Enter or when
 * it loses focus (one field change, one command), field validators stop bad values before the
 * model and mark the field with a decoration.
 */
public final class FieldBinder {

    /** The widget data key under which a field's name is stored (tests find fields by it). */
    public static final String FIELD_KEY = "vdev.field";
    /** The widget data key under which a field's {@link ControlDecoration} is stored. */
    public static final String DECORATION_KEY = "vdev.decoration";

    private final DataBindingContext context;
    private final FormToolkit toolkit;
    private final IObservableValue<EObject> master;
    private final FieldRegistry registry = new FieldRegistry();

    public FieldBinder(DataBindingContext context, FormToolkit toolkit, IObservableValue<EObject> master) {
        this.context = context;
        this.toolkit = toolkit;
        this.master = master;
    }

    /** A text field; {@code problem} gives null for a good value, else the message. */
    public Text text(Composite parent, String name, String label, IValueProperty<EObject, String> property,
            Function<String, String> problem) {
        toolkit.createLabel(parent, label);
        Text text = toolkit.createText(parent, "", SWT.SINGLE);
        FormLayoutsEx.wideField(text);
        text.setData(FIELD_KEY, name);
        IValidator<String> validator = v -> {
            String p = problem == null ? null : problem.apply(v);
            return p == null ? ValidationStatus.ok() : ValidationStatus.error(label + ": " + p);
        };
        Binding b = context.bindValue(WidgetProperties.text(SWT.DefaultSelection, SWT.FocusOut).observe(text),
                property.observeDetail(master),
                new UpdateValueStrategy<String, String>().setAfterGetValidator(validator), null);
        ControlDecorationSupport.create(b, SWT.TOP | SWT.LEFT, parent, new RecordingUpdater());
        register(text, property);
        return text;
    }

    /** A read-only choice; the first item "" means absent. */
    public Combo choice(Composite parent, String name, String label, IValueProperty<EObject, String> property,
            List<String> items) {
        toolkit.createLabel(parent, label);
        Combo combo = new Combo(parent, SWT.READ_ONLY | SWT.DROP_DOWN);
        toolkit.adapt(combo, true, false);
        combo.setItems(items.toArray(String[]::new));
        FormLayoutsEx.wideField(combo);
        combo.setData(FIELD_KEY, name);
        context.bindValue(WidgetProperties.comboSelection().observe(combo), property.observeDetail(master));
        register(combo, property);
        return combo;
    }

    /** A push button after {@code field} (which then leaves it the last column), for a generator or a picker. */
    public Button button(Control field, String label, Runnable action) {
        FormLayoutsEx.field(field);
        Button b = toolkit.createButton(field.getParent(), label, SWT.PUSH);
        b.addListener(SWT.Selection, e -> action.run());
        return b;
    }

    /** Puts {@code value} in the field and commits it, as Enter would. */
    public static void commit(Text text, String value) {
        text.setText(value);
        text.notifyListeners(SWT.DefaultSelection, null);
    }

    /** The fields made so far, with the attribute each edits (for problem markers). */
    public FieldRegistry registry() {
        return registry;
    }

    private void register(Control control, IValueProperty<EObject, String> property) {
        if (property instanceof ModelValueProperty m) {
            registry.register(control, m.attribute(), master);
        }
    }

    /** Shows the model again in every field (after any command, undo, redo, or a source edit). */
    public void refresh() {
        context.updateTargets();
    }

    /** Keeps each decoration on its control, so that tests (and later tooltips) can reach it. */
    private static final class RecordingUpdater extends ControlDecorationUpdater {
        @Override
        protected void update(ControlDecoration decoration, IStatus status) {
            super.update(decoration, status);
            Control c = decoration.getControl();
            if (c != null && !c.isDisposed()) {
                c.setData(DECORATION_KEY, decoration);
            }
        }
    }
}
