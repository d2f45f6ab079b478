package org.vdevstudio.ui.problems;

import java.util.List;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.jface.fieldassist.ControlDecoration;
import org.eclipse.jface.fieldassist.FieldDecorationRegistry;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Control;
import org.vdevstudio.core.validation.Problem;
import org.vdevstudio.core.validation.Severity;
import org.vdevstudio.ui.forms.FieldRegistry;

/**
 * Shows the domain's problems at their fields: a problem about an attribute of an object below
 * the selected device marks the widget bound to that attribute. These markers are separate from
 * the field validators' (which judge the text being typed); they show what libvirt's rules say
 * about the model. The problems come from the editor's {@link ProblemCheck} once the user paused:
 * validating the whole domain per command takes long on a large domain.
 */
public final class FieldMarkers {

    /** The widget data key of a field's rule marker (tests read it). */
    public static final String MARKER_KEY = "vdev.problemMarker";

    private FieldMarkers() {
    }

    /** Marks the fields that {@code problems} (the domain's, from the model's checks and libvirt's rules) are about. */
    public static void show(FieldRegistry registry, List<Problem> problems) {
        for (FieldRegistry.Field f : registry.fields()) {
            Problem p = problemAt(problems, f);
            ControlDecoration marker = marker(f.control());
            if (p == null) {
                marker.hide();
                marker.setDescriptionText(null);
            } else {
                marker.setImage(FieldDecorationRegistry.getDefault().getFieldDecoration(p.severity() == Severity.ERROR
                        ? FieldDecorationRegistry.DEC_ERROR : FieldDecorationRegistry.DEC_WARNING).getImage());
                marker.setDescriptionText(p.message());
                marker.show();
            }
        }
    }

    /** Takes every marker down (until the domain's problems are known again). */
    public static void hide(FieldRegistry registry) {
        show(registry, List.of());
    }

    /** The first (worst first) problem on this field's attribute of an object below the field's device. */
    private static Problem problemAt(List<Problem> problems, FieldRegistry.Field f) {
        EObject device = f.device().getValue();
        Problem found = null;
        for (Problem p : problems) {
            if (device != null && p.feature() == f.feature() && p.object() != null && isWithin(p.object(), device)
                    && (found == null || p.severity().ordinal() < found.severity().ordinal())) {
                found = p;
            }
        }
        return found;
    }

    private static boolean isWithin(EObject o, EObject device) {
        for (EObject e = o; e != null; e = e.eContainer()) {
            if (e == device) {
                return true;
            }
        }
        return false;
    }

    private static ControlDecoration marker(Control control) {
        if (control.getData(MARKER_KEY) instanceof ControlDecoration d) {
            return d;
        }
        ControlDecoration d = new ControlDecoration(control, SWT.BOTTOM | SWT.LEFT);
        d.hide();
        control.setData(MARKER_KEY, d);
        control.addDisposeListener(e -> d.dispose());
        return d;
    }
}
