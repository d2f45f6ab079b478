package org.vdevstudio.ui.editor;

import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Control;

/** Every margin and gap of the editor's pages, in one place (as PDE's FormLayoutFactory). */
public final class FormLayouts {

    private static final int PAGE_MARGIN = 12;
    private static final int SECTION_GAP = 14;
    private static final int CLIENT_MARGIN = 2;
    /** A fill area's preferred size: small, so the form grows it to the page instead of scrolling. */
    private static final int FILL_HINT = 80;

    private FormLayouts() {
    }

    /** The body of a form page: sections in {@code columns} columns. */
    public static GridLayout pageBody(int columns) {
        GridLayout l = new GridLayout(columns, true);
        l.marginWidth = PAGE_MARGIN;
        l.marginHeight = PAGE_MARGIN;
        l.horizontalSpacing = SECTION_GAP;
        l.verticalSpacing = SECTION_GAP;
        return l;
    }

    /** The client composite inside a section. */
    public static GridLayout sectionClient(int columns) {
        GridLayout l = new GridLayout(columns, false);
        l.marginWidth = CLIENT_MARGIN;
        l.marginHeight = CLIENT_MARGIN;
        return l;
    }

    /** The control takes all the room its parent gives it. */
    public static void fill(Control c) {
        GridData d = new GridData(SWT.FILL, SWT.FILL, true, true);
        d.widthHint = FILL_HINT;
        d.heightHint = FILL_HINT;
        c.setLayoutData(d);
    }

    /** The control spans the row and takes its natural height. */
    public static void fillRow(Control c) {
        c.setLayoutData(new GridData(SWT.FILL, SWT.TOP, true, false));
    }
}
