package org.vdevstudio.ui.host;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.function.Consumer;
import java.util.function.Function;

import org.eclipse.core.runtime.ILog;
import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.jobs.Job;

import org.eclipse.jface.action.Action;
import org.eclipse.jface.action.IAction;
import org.eclipse.jface.action.IMenuManager;
import org.eclipse.jface.dialogs.IDialogSettings;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.DirectoryDialog;
import org.eclipse.ui.IEditorPart;
import org.eclipse.ui.IEditorReference;
import org.eclipse.ui.IPartListener2;
import org.eclipse.ui.IWorkbenchPartReference;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.part.ViewPart;
import org.osgi.framework.FrameworkUtil;
import org.vdevstudio.host.usage.DomainFolder;
import org.vdevstudio.host.usage.DomainRef;
import org.vdevstudio.host.usage.UsedBy;
import org.vdevstudio.ui.editor.DomainEditor;
import org.vdevstudio.ui.libvirt.ConnectionList;
import org.vdevstudio.ui.libvirt.ConnectionUsage;
import org.vdevstudio.ui.libvirt.Connections;

/**
 * The host device browser: the host's PCI and USB devices, who uses them, and point-and-click
 * assignment to the active domain editor. "Used by" looks at the open editors and at the domains
 * of the connected libvirt connections, or, while none is connected, at a folder of domain XMLs.
 */
public class HostDevicesView extends ViewPart {

    public static final String ID = "org.vdevstudio.ui.hostDevices";
    private static final String FOLDER_KEY = "usedByFolder";

    private HostDevicesPanel panel;
    private Path folder;
    private boolean managed = true;
    /** The domains of the connected libvirt connections, read by a job; empty while none is connected. */
    private List<DomainRef> connected = List.of();
    /** The domains of the folder's XMLs, read by a job (never on the UI thread: a folder may hold many). */
    private List<DomainRef> inFolder = List.of();
    private final Consumer<String> connectionListener = uri -> readConnections();
    private Job connectionReader;
    private Job folderReader;
    private List<DomainRef> usedByDomains = List.of();

    private final IPartListener2 editorListener = new IPartListener2() {
        @Override
        public void partOpened(IWorkbenchPartReference ref) {
            updateUsedBy();
        }

        @Override
        public void partClosed(IWorkbenchPartReference ref) {
            updateUsedBy();
        }

        @Override
        public void partActivated(IWorkbenchPartReference ref) {
            if (ref.getPart(false) == HostDevicesView.this) {
                // the editors, and the folder's files, may have changed while the view was in the background
                updateUsedBy();
                readFolder();
            }
        }
    };

    @Override
    public void createPartControl(Composite parent) {
        String saved = settings().get(FOLDER_KEY);
        folder = saved != null ? Path.of(saved) : DomainFolder.defaultFolder();
        panel = new HostDevicesPanel(parent, HostScanners.system());
        panel.setAssigner(new Assigner(panel::getScan, panel::getUsedBy, () -> managed,
                (title, warnings) -> MessageDialog.openConfirm(getSite().getShell(), title,
                        "Assign anyway?\n\n- " + String.join("\n- ", warnings))),
                this::activeEditorTarget);
        getSite().setSelectionProvider(panel.getViewer());
        getSite().getPage().addPartListener(editorListener);
        contributeMenu(getViewSite().getActionBars().getMenuManager());
        Connections.get().addListener(connectionListener);
        readConnections();
        readFolder();
        updateUsedBy();
    }

    /** After a connection connected, refreshed or disconnected (on any thread): the domains' definitions, read in a job. */
    private synchronized void readConnections() {
        List<String> uris = ConnectionList.instance().uris();
        if (connectionReader != null) {
            connectionReader.cancel();
        }
        connectionReader = reader("Read the connected domains for \"used by\"", monitor -> {
            ConnectionUsage.Result r = ConnectionUsage.read(Connections.get(), uris, monitor);
            return new Read(r.domains(), r.problems());
        }, domains -> connected = domains);
    }

    /** The folder was chosen, or may have changed: its domains' definitions, read in a job. */
    private synchronized void readFolder() {
        Path from = folder;
        if (folderReader != null) {
            folderReader.cancel();
        }
        if (from == null) {
            inFolder = List.of(); // neither chosen nor a libvirt folder on this host
            return;
        }
        folderReader = reader("Read the domain XMLs of " + from + " for \"used by\"", monitor -> {
            DomainFolder.Result r = DomainFolder.load(from);
            return new Read(r.domains(), r.problems());
        }, domains -> {
            if (Objects.equals(from, folder)) {
                inFolder = domains;
            }
        });
    }

    private record Read(List<DomainRef> domains, List<String> problems) {
    }

    /** Schedules a system job that reads domains; on the UI thread, {@code apply} takes them and "used by" is updated. */
    private Job reader(String name, Function<IProgressMonitor, Read> read, Consumer<List<DomainRef>> apply) {
        Job job = Job.create(name, monitor -> {
            Read r = read.apply(monitor);
            for (String problem : r.problems()) {
                ILog.of(HostDevicesView.class).warn("Used by: " + problem);
            }
            if (!monitor.isCanceled() && panel != null && !panel.getControl().isDisposed()) {
                panel.getControl().getDisplay().asyncExec(() -> {
                    apply.accept(r.domains());
                    updateUsedBy();
                });
            }
        });
        job.setSystem(true);
        job.schedule();
        return job;
    }

    private AssignTarget activeEditorTarget() {
        IEditorPart editor = getSite().getPage().getActiveEditor();
        return editor instanceof DomainEditor d ? AssignTarget.of(d) : null;
    }

    private void contributeMenu(IMenuManager menu) {
        menu.add(new Action("Used-by Folder…") {
            @Override
            public void run() {
                DirectoryDialog dialog = new DirectoryDialog(getSite().getShell());
                dialog.setText("Folder of domain XMLs for \"Used by\"");
                dialog.setFilterPath(folder == null ? null : folder.toString());
                String chosen = dialog.open();
                if (chosen != null) {
                    setFolder(Path.of(chosen));
                }
            }
        });
        Action managedAction = new Action("Managed (libvirt binds vfio-pci)", IAction.AS_CHECK_BOX) {
            @Override
            public void run() {
                managed = isChecked();
            }
        };
        managedAction.setChecked(managed);
        menu.add(managedAction);
    }

    /** The folder of domain XMLs that "used by" reads while no connection is connected, or null. */
    public Path getFolder() {
        return folder;
    }

    /**
     * Chooses the folder of domain XMLs that "used by" reads while no connection is connected (the
     * view menu's Used-by Folder…); null goes back to libvirt's own folder, as on a first start.
     */
    public void setFolder(Path chosen) {
        settings().put(FOLDER_KEY, chosen == null ? null : chosen.toString());
        this.folder = chosen == null ? DomainFolder.defaultFolder() : chosen;
        inFolder = List.of();
        updateUsedBy();
        readFolder();
    }

    /** The domains that the "Used by" column looks at now. */
    public List<DomainRef> usedByDomains() {
        return usedByDomains;
    }

    /**
     * Recomputes "used by" from the open editors and the connected connections' domains, or without
     * a connection the folder's: all as last read by their jobs, so that nothing here waits on a disk or a daemon.
     */
    void updateUsedBy() {
        if (panel == null || panel.getControl().isDisposed()) {
            return;
        }
        List<DomainRef> domains = new ArrayList<>();
        for (IEditorReference ref : getSite().getPage().getEditorReferences()) {
            if (ref.getEditor(false) instanceof DomainEditor e && e.getResource() != null && e.getResource().getDomain() != null) {
                domains.add(DomainRef.of(e.getResource().getDomain(), "editor"));
            }
        }
        if (ConnectionUsage.anyConnected(Connections.get(), ConnectionList.instance().uris())) {
            domains.addAll(connected);
        } else {
            domains.addAll(inFolder);
        }
        usedByDomains = List.copyOf(domains);
        panel.setUsedBy(UsedBy.of(domains));
    }

    /** The bundle's dialog settings: the workbench stores them when it closes. */
    private static IDialogSettings settings() {
        return PlatformUI.getDialogSettingsProvider(FrameworkUtil.getBundle(HostDevicesView.class)).getDialogSettings();
    }

    @Override
    public void setFocus() {
        panel.getViewer().getControl().setFocus();
    }

    @Override
    public void dispose() {
        getSite().getPage().removePartListener(editorListener);
        Connections.get().removeListener(connectionListener);
        if (connectionReader != null) {
            connectionReader.cancel();
        }
        if (folderReader != null) {
            folderReader.cancel();
        }
        super.dispose();
    }
}
