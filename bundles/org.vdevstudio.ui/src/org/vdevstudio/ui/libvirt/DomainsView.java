package org.vdevstudio.ui.libvirt;

import java.util.List;
import java.util.function.Consumer;
import java.util.function.Predicate;

import org.eclipse.jface.action.Action;
import org.eclipse.jface.action.IMenuManager;
import org.eclipse.jface.action.IToolBarManager;
import org.eclipse.jface.action.MenuManager;
import org.eclipse.jface.action.Separator;
import org.eclipse.jface.dialogs.InputDialog;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.jface.viewers.StructuredSelection;
import org.eclipse.jface.viewers.TreeViewer;
import org.eclipse.jface.window.Window;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.TreeColumn;
import org.eclipse.ui.part.ViewPart;
import org.vdevstudio.ui.libvirt.Connections.State;
import org.vdevstudio.ui.libvirt.Connections.Status;

/**
 * The Domains view: the libvirt connections of the preferences and, per connected one, its
 * domains with their state and whether they are persistent or transient. Connect, refresh and
 * disconnect run as jobs; a domain opens in the editor as its persistent definition or, while it
 * runs, as its live one (double-click: the persistent one when it has one).
 */
public class DomainsView extends ViewPart {

    public static final String ID = "org.vdevstudio.ui.domainsView";

    private final Connections connections = Connections.get();
    private final ConnectionList list = ConnectionList.instance();
    private TreeViewer viewer;
    private final Consumer<String> stateListener = uri -> stateChanged();

    private final Action connect = action("&Connect", s -> s instanceof State st && st.status() != Status.CONNECTED,
            s -> connections.connect(((State) s).uri()));
    private final Action disconnect = action("&Disconnect", s -> s instanceof State st && st.status() == Status.CONNECTED,
            s -> connections.disconnect(((State) s).uri()));
    private final Action refresh = action("&Refresh", s -> s instanceof State || s instanceof DomainRow,
            s -> connections.refresh(s instanceof State st ? st.uri() : ((DomainRow) s).uri()));
    private final Action openPersistent = action("Open &Persistent Definition", s -> s instanceof DomainRow d && d.persistent(),
            s -> DomainOpener.open(getSite().getPage(), (DomainRow) s, false));
    private final Action openLive = action("Open &Live Definition", s -> s instanceof DomainRow d && d.active(),
            s -> DomainOpener.open(getSite().getPage(), (DomainRow) s, true));
    private final Action remove = action("Re&move Connection", s -> s instanceof State,
            s -> removeConnection(((State) s).uri()));
    private final Action add = new Action("&Add Connection\u2026") {
        @Override
        public void run() {
            InputDialog dialog = new InputDialog(getSite().getShell(), "Add Connection",
                    "A libvirt URI, such as qemu:///system or qemu+ssh://root@host/system:", "qemu+ssh://", ConnectionList::check);
            if (dialog.open() == Window.OK) {
                list.add(dialog.getValue().strip());
                refreshTree();
            }
        }
    };

    @Override
    public void createPartControl(Composite parent) {
        viewer = new TreeViewer(parent, SWT.SINGLE | SWT.FULL_SELECTION | SWT.BORDER);
        viewer.getTree().setHeaderVisible(true);
        for (int i = 0; i < DomainsTree.COLUMNS.length; i++) {
            TreeColumn column = new TreeColumn(viewer.getTree(), SWT.LEFT);
            column.setText(DomainsTree.COLUMNS[i]);
            column.setWidth(DomainsTree.WIDTHS[i]);
        }
        viewer.setContentProvider(new DomainsTree.Content(connections));
        viewer.setLabelProvider(new DomainsTree.Labels());
        viewer.setUseHashlookup(true);
        viewer.setInput(list.uris());
        viewer.addSelectionChangedListener(e -> updateActions());
        viewer.addDoubleClickListener(e -> doubleClicked(selected()));
        getSite().setSelectionProvider(viewer);
        connections.addListener(stateListener);
        contribute();
        updateActions();
    }

    private void contribute() {
        IToolBarManager toolBar = getViewSite().getActionBars().getToolBarManager();
        toolBar.add(connect);
        toolBar.add(disconnect);
        toolBar.add(refresh);
        toolBar.add(add);
        MenuManager menu = new MenuManager();
        menu.setRemoveAllWhenShown(true);
        menu.addMenuListener(this::fillContextMenu);
        viewer.getControl().setMenu(menu.createContextMenu(viewer.getControl()));
        getSite().registerContextMenu(menu, viewer);
    }

    private void fillContextMenu(IMenuManager menu) {
        menu.add(openPersistent);
        menu.add(openLive);
        menu.add(new Separator());
        menu.add(connect);
        menu.add(disconnect);
        menu.add(refresh);
        menu.add(new Separator());
        menu.add(add);
        menu.add(remove);
    }

    /** A connection connects (or shows its domains); a domain opens, persistent when it has a persistent definition. */
    void doubleClicked(Object element) {
        if (element instanceof DomainRow d) {
            DomainOpener.open(getSite().getPage(), d, !d.persistent());
        } else if (element instanceof State s) {
            if (s.status() == Status.CONNECTED) {
                viewer.setExpandedState(s, !viewer.getExpandedState(s));
            } else {
                connections.connect(s.uri());
            }
        }
    }

    private void removeConnection(String uri) {
        list.remove(uri);
        if (connections.state(uri).status() == Status.CONNECTED) {
            connections.disconnect(uri);
        }
        refreshTree();
    }

    /** On the job's thread: the tree follows on the display thread. */
    private void stateChanged() {
        TreeViewer v = viewer;
        if (v != null && !v.getControl().isDisposed()) {
            v.getControl().getDisplay().asyncExec(this::refreshTree);
        }
    }

    /**
     * The connections and domains again; connected ones expanded, and the selection kept on the
     * same connection or domain (its row is a new value when its state changed).
     */
    void refreshTree() {
        if (viewer.getControl().isDisposed()) {
            return;
        }
        Object selected = selected();
        viewer.setInput(list.uris());
        for (String uri : list.uris()) {
            State s = connections.state(uri);
            if (s.status() == Status.CONNECTED && !s.domains().isEmpty()) {
                viewer.setExpandedState(s, true);
            }
        }
        Object again = selected instanceof State s ? connections.state(s.uri())
                : selected instanceof DomainRow d ? connections.state(d.uri()).domains().stream()
                        .filter(r -> r.name().equals(d.name())).findFirst().orElse(null)
                : null;
        if (again != null) {
            viewer.setSelection(new StructuredSelection(again), true);
        }
        updateActions();
    }

    private Object selected() {
        return ((IStructuredSelection) viewer.getSelection()).getFirstElement();
    }

    private void updateActions() {
        for (Action a : List.of(connect, disconnect, refresh, openPersistent, openLive, remove)) {
            a.setEnabled(((SelectionAction) a).applies(selected()));
        }
    }

    private Action action(String text, Predicate<Object> applies, Consumer<Object> run) {
        return new SelectionAction(text, applies, run, this::selected);
    }

    /** An action on the selected connection or domain, enabled when it applies to it. */
    private static final class SelectionAction extends Action {
        private final Predicate<Object> applies;
        private final Consumer<Object> run;
        private final java.util.function.Supplier<Object> selection;

        SelectionAction(String text, Predicate<Object> applies, Consumer<Object> run, java.util.function.Supplier<Object> selection) {
            super(text);
            this.applies = applies;
            this.run = run;
            this.selection = selection;
        }

        boolean applies(Object element) {
            return element != null && applies.test(element);
        }

        @Override
        public void run() {
            Object s = selection.get();
            if (applies(s)) {
                run.accept(s);
            }
        }
    }

    public Action connectAction() {
        return connect;
    }

    public Action disconnectAction() {
        return disconnect;
    }

    public Action refreshAction() {
        return refresh;
    }

    public Action openPersistentAction() {
        return openPersistent;
    }

    public Action openLiveAction() {
        return openLive;
    }

    /** The tree (for tests). */
    public TreeViewer getViewer() {
        return viewer;
    }

    @Override
    public void setFocus() {
        viewer.getControl().setFocus();
    }

    @Override
    public void dispose() {
        connections.removeListener(stateListener);
        super.dispose();
    }
}
