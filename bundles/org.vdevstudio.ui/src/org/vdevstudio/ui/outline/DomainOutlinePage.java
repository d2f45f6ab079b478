package org.vdevstudio.ui.outline;

import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Set;
import java.util.function.Predicate;

import org.eclipse.emf.common.command.Command;
import org.eclipse.emf.common.command.CommandStackListener;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.edit.domain.EditingDomain;
import org.eclipse.jface.viewers.TreeViewer;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.ui.views.contentoutline.ContentOutlinePage;
import org.vdevstudio.core.io.DomainResource;
import org.vdevstudio.model.domain.Devices;
import org.vdevstudio.model.domain.Domain;

/**
 * The Outline view's page for a domain editor: the device tree, shown again after every command;
 * selecting a device turns the editor to the page that edits it and selects it there.
 */
public class DomainOutlinePage extends ContentOutlinePage {

    private final EditingDomain domain;
    private final DomainResource resource;
    private final Predicate<EObject> reveal;
    private final CommandStackListener stackListener = e -> refresh();
    private List<EObject> shown = List.of();

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
        shown = devices();
        domain.getCommandStack().addCommandStackListener(stackListener);
    }

    /** The device tree (public for tests; the superclass keeps it protected). */
    public TreeViewer getViewer() {
        return getTreeViewer();
    }

    /**
     * After a command: when the devices are the same ones in the same order, only the devices the
     * command changed are read again (a label gives the device's position, so reading all of them
     * on a large domain takes long); otherwise, or when the command changed something outside the
     * devices, the whole tree.
     */
    private void refresh() {
        TreeViewer viewer = getTreeViewer();
        if (viewer == null || viewer.getControl().isDisposed()) {
            return;
        }
        List<EObject> now = devices();
        Command last = domain.getCommandStack().getMostRecentCommand();
        Set<EObject> changed = Collections.newSetFromMap(new IdentityHashMap<>());
        boolean whole = last == null || last.getAffectedObjects().isEmpty() || !now.equals(shown);
        if (!whole) {
            for (Object o : last.getAffectedObjects()) {
                EObject device = deviceHolding(o);
                if (device == null) {
                    whole = true;
                    break;
                }
                changed.add(device);
            }
        }
        if (whole) {
            viewer.refresh();
        } else {
            changed.forEach(d -> viewer.refresh(d, true));
        }
        shown = now;
    }

    private List<EObject> devices() {
        Domain d = resource.getDomain();
        return d == null || d.getDevices() == null ? List.of() : List.copyOf(d.getDevices().eContents());
    }

    /** The device (a child of {@code <devices>}) that is or holds {@code o}; null for anything else. */
    private static EObject deviceHolding(Object o) {
        for (Object x = o; x instanceof EObject e; x = e.eContainer()) {
            if (e.eContainer() instanceof Devices) {
                return e;
            }
        }
        return null;
    }

    @Override
    public void dispose() {
        domain.getCommandStack().removeCommandStackListener(stackListener);
        super.dispose();
    }
}
