package org.vdevstudio.bench.floors;

import jakarta.annotation.PostConstruct;

import org.eclipse.e4.ui.workbench.IWorkbench;
import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.FillLayout;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;

/**
 * The e4 floors' one part: a label; the window's first paint is printed, then (for the lean floor,
 * the bundles the floor needs are written and) the workbench closes.
 */
public final class FloorPart {

    @PostConstruct
    public void create(Composite parent, IWorkbench workbench) {
        parent.setLayout(new FillLayout());
        new Label(parent, SWT.NONE).setText("e4 floor");
        FirstPaint.watch(parent.getShell(), "e4 floor", () -> {
            BundleClosure.writeIfAsked();
            workbench.close();
        });
    }
}
