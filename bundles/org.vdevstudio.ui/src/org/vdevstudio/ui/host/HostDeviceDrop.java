package org.vdevstudio.ui.host;

import java.util.function.Supplier;

import org.eclipse.jface.util.LocalSelectionTransfer;
import org.eclipse.jface.viewers.ISelection;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.swt.custom.StyledText;
import org.eclipse.swt.dnd.DND;
import org.eclipse.swt.dnd.DropTarget;
import org.eclipse.swt.dnd.DropTargetAdapter;
import org.eclipse.swt.dnd.DropTargetEvent;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.vdevstudio.ui.editor.DomainEditor;

/**
 * Accepts host devices dragged from the browser onto an editor. Drop targets are per control in
 * SWT, so one is put on the editor's controls that have none (the source text keeps its own).
 */
public final class HostDeviceDrop extends DropTargetAdapter {

    private final Supplier<AssignTarget> target;

    public HostDeviceDrop(Supplier<AssignTarget> target) {
        this.target = target;
    }

    /** Makes {@code editor}'s pages, below {@code root}, accept dropped host devices. */
    public static void install(DomainEditor editor, Control root) {
        install(root, new HostDeviceDrop(() -> AssignTarget.of(editor)));
    }

    public static void install(Control root, HostDeviceDrop listener) {
        if (root.getData(DND.DROP_TARGET_KEY) == null && !(root instanceof StyledText)) {
            DropTarget dt = new DropTarget(root, DND.DROP_COPY | DND.DROP_DEFAULT);
            dt.setTransfer(LocalSelectionTransfer.getTransfer());
            dt.addDropListener(listener);
        }
        if (root instanceof Composite c) {
            for (Control child : c.getChildren()) {
                install(child, listener);
            }
        }
    }

    @Override
    public void dragEnter(DropTargetEvent event) {
        event.detail = accepts(LocalSelectionTransfer.getTransfer().getSelection()) ? DND.DROP_COPY : DND.DROP_NONE;
    }

    @Override
    public void dragOperationChanged(DropTargetEvent event) {
        dragEnter(event);
    }

    @Override
    public void drop(DropTargetEvent event) {
        if (!drop(LocalSelectionTransfer.getTransfer().getSelection())) {
            event.detail = DND.DROP_NONE;
        }
    }

    /** Whether {@code selection} is a drag from the host device browser. */
    public static boolean accepts(ISelection selection) {
        return selection instanceof IStructuredSelection s && s.getFirstElement() instanceof HostDevicesPanel.DraggedDevices d
                && !d.devices().isEmpty();
    }

    /** Assigns the dragged devices to this editor's domain; false when nothing was assigned. */
    public boolean drop(ISelection selection) {
        if (!accepts(selection)) {
            return false;
        }
        HostDevicesPanel.DraggedDevices d = (HostDevicesPanel.DraggedDevices) ((IStructuredSelection) selection).getFirstElement();
        AssignTarget t = target.get();
        return t != null && d.source().assignTo(d.devices(), t);
    }
}
