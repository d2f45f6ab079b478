package org.vdevstudio.ui.outline;

import java.util.function.Predicate;

import org.eclipse.emf.common.command.CommandStackListener;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.edit.domain.EditingDomain;
import org.eclipse.jface.viewers.TreeViewer;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.ui.views.contentoutline.ContentOutlinePage;
import org.vdevstudio.core.io.DomainResource;

/**
 * The Outline view's page for a domain editor: the device tree, refreshed after every command;
 * selecting a device turns the editor to the page that edits it and selects it there.
 */
public class DomainOutlinePage extends ContentOutlinePage {

    private final EditingDomain domain;
    private final DomainResource resource;
    private final Predicate<EObject> reveal;
    private final CommandStackListener stackListener = e -> refresh();

    /** {@code reveal} shows a device in the editor (false when no page edits it). */
    public DomainOutlinePage(EditingDomain domain, DomainResource resource, Predicate<EObject> reveal) {
        this.domain = domain;
        this.resource = resource;
        this.reveal = reveal;
    }

    @Override
    public void createControl(Composite parent) {
        super.createControl(parent);
        TreeViewer viewer = getTreeViewer();
        DeviceTreeProvider provider = new DeviceTreeProvider();
        viewer.setContentProvider(provider);
        viewer.setLabelProvider(provider);
        viewer.setAutoExpandLevel(2);
        viewer.setInput(resource);
        viewer.addSelectionChangedListener(e -> {
            if (e.getStructuredSelection().getFirstElement() instanceof EObject o) {
                reveal.test(o);
            }
        });
        domain.getCommandStack().addCommandStackListener(stackListener);
    }

    /** The device tree (public for tests; the superclass keeps it protected). */
    public TreeViewer getViewer() {
        return getTreeViewer();
    }

    private void refresh() {
        TreeViewer viewer = getTreeViewer();
        if (viewer != null && !viewer.getControl().isDisposed()) {
            viewer.refresh();
        }
    }

    @Override
    public void dispose() {
        domain.getCommandStack().removeCommandStackListener(stackListener);
        super.dispose();
    }
}
