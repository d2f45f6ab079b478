package org.vdevstudio.ui.tests;

import java.util.ArrayList;
import java.util.List;

import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Event;
import org.vdevstudio.ui.forms.FieldBinder;

/** Finds the visible fields and buttons of a form by their field name, and operates them as a user would. */
final class Widgets {

    private Widgets() {
    }

    /** The visible control named {@code name} ({@link FieldBinder#FIELD_KEY}), or null. */
    static Control find(Composite parent, String name) {
        for (Control c : all(parent)) {
            if (name.equals(c.getData(FieldBinder.FIELD_KEY)) && c.isVisible()) {
                return c;
            }
        }
        return null;
    }

    static List<Control> all(Composite parent) {
        List<Control> out = new ArrayList<>();
        for (Control c : parent.getChildren()) {
            out.add(c);
            if (c instanceof Composite k) {
                out.addAll(all(k));
            }
        }
        return out;
    }

    /** Picks {@code item} in a read-only combo, which notifies as a user's choice does. */
    static void choose(Combo combo, String item) {
        combo.select(combo.indexOf(item));
        combo.notifyListeners(SWT.Selection, null);
    }

    /** Presses Enter on a control (a hyperlink follows itself on Enter). */
    static void pressEnter(Control c) {
        Event e = new Event();
        e.character = '\r';
        e.keyCode = SWT.CR;
        c.notifyListeners(SWT.KeyDown, e);
    }

    /** Clicks a push button. */
    static void click(Control button) {
        button.notifyListeners(SWT.Selection, null);
    }
}
