package org.vdevstudio.ui.forms;

import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Control;
import org.vdevstudio.ui.editor.FormLayouts;

/**
 * The spacing of the details forms, next to {@link FormLayouts} (kept apart so that other
 * branches changing FormLayouts do not collide with this one).
 */
public final class FormLayoutsEx {

    /** A field's preferred width: the form widens it, it never makes the page scroll sideways. */
    private static final int FIELD_WIDTH_HINT = 120;

    private FormLayoutsEx() {
    }

    /** A details section's client: label, field, and a column for buttons. */
    public static GridLayout fields() {
        return FormLayouts.sectionClient(3);
    }

    /** A field takes the width of its row and leaves the last column to a button. */
    public static void field(Control c) {
        GridData d = new GridData(SWT.FILL, SWT.CENTER, true, false);
        d.widthHint = FIELD_WIDTH_HINT;
        c.setLayoutData(d);
    }

    /** A field without a button spans two columns. */
    public static void wideField(Control c) {
        GridData d = new GridData(SWT.FILL, SWT.CENTER, true, false, 2, 1);
        d.widthHint = FIELD_WIDTH_HINT;
        c.setLayoutData(d);
    }

    /** The master/details panes share the page: master on the left, details on the right. */
    public static GridLayout masterPane() {
        return FormLayouts.sectionClient(2);
    }
}
