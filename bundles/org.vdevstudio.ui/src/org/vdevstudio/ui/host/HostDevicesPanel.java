package org.vdevstudio.ui.host;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.CancellationException;
import java.util.function.Predicate;
import java.util.function.Supplier;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.jface.action.Action;
import org.eclipse.jface.action.MenuManager;
import org.eclipse.jface.util.LocalSelectionTransfer;
import org.eclipse.jface.viewers.ITableLabelProvider;
import org.eclipse.jface.viewers.ITreeContentProvider;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.jface.viewers.LabelProvider;
import org.eclipse.jface.viewers.StructuredSelection;
import org.eclipse.jface.viewers.TreeViewer;
import org.eclipse.jface.viewers.Viewer;
import org.eclipse.jface.viewers.ViewerFilter;
import org.eclipse.swt.SWT;
import org.eclipse.swt.dnd.DND;
import org.eclipse.swt.dnd.DragSourceAdapter;
import org.eclipse.swt.dnd.DragSourceEvent;
import org.eclipse.swt.dnd.Transfer;
import org.eclipse.swt.graphics.Image;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Text;
import org.eclipse.swt.widgets.TreeColumn;
import org.vdevstudio.host.HostScan;
import org.vdevstudio.host.usage.UsedBy;

/**
 * The host device browser's widgets: a filter box, the grouping toggle, refresh, and the device
 * tree with its context menu, double-click and drag source. Lives in any composite, so the view
 * and the tests build the same thing.
 */
public final class HostDevicesPanel {

    /** The tree's only row while a scan runs. */
    public static final String SCANNING = "Scanning…";
    private static final String PLUGIN_ID = "org.vdevstudio.ui";

    private final Composite control;
    private final Text filter;
    private final Button byPf;
    private final Button refresh;
    private final TreeViewer viewer;
    private final DeviceIcons icons;
    private final Scanner scanner;
    private HostScan scan;
    private Job scanning;
    private UsedBy usedBy;
    private Assigner assigner;
    private Supplier<AssignTarget> target = () -> null;

    /** Reads the host; runs in a {@link Job}, never on the UI thread. */
    @FunctionalInterface
    public interface Scanner {
        /**
         * @throws CancellationException when {@code monitor} was cancelled before the scan was complete
         */
        HostScan scan(IProgressMonitor monitor);
    }

    public HostDevicesPanel(Composite parent, Scanner scanner) {
        this.scanner = scanner;
        control = new Composite(parent, SWT.NONE);
        control.setLayout(new GridLayout(3, false));
        filter = new Text(control, SWT.SEARCH | SWT.ICON_SEARCH | SWT.ICON_CANCEL);
        filter.setMessage("Filter: address, name, class, driver, MAC, domain");
        filter.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));
        byPf = new Button(control, SWT.CHECK);
        byPf.setText("Group by PF");
        byPf.setToolTipText("Show VFs below their PF instead of grouping by IOMMU group");
        refresh = new Button(control, SWT.PUSH);
        refresh.setText("Refresh");
        viewer = new TreeViewer(control, SWT.MULTI | SWT.FULL_SELECTION | SWT.BORDER);
        viewer.getTree().setLayoutData(new GridData(SWT.FILL, SWT.FILL, true, true, 3, 1));
        viewer.getTree().setHeaderVisible(true);
        viewer.getTree().setLinesVisible(true);
        for (DeviceColumns c : DeviceColumns.values()) {
            TreeColumn column = new TreeColumn(viewer.getTree(), SWT.LEFT);
            column.setText(c.title);
            column.setWidth(c.width);
        }
        icons = new DeviceIcons(control.getDisplay());
        viewer.setContentProvider(new Content());
        viewer.setLabelProvider(new Labels());
        viewer.setFilters(new TextFilter());
        filter.addModifyListener(e -> {
            viewer.refresh();
            viewer.expandAll();
        });
        byPf.addListener(SWT.Selection, e -> rebuild());
        refresh.addListener(SWT.Selection, e -> refresh());
        control.addDisposeListener(e -> {
            icons.dispose();
            cancelScan();
        });
        refresh();
    }

    public Composite getControl() {
        return control;
    }

    public TreeViewer getViewer() {
        return viewer;
    }

    public Text getFilter() {
        return filter;
    }

    public Button getGroupByPfToggle() {
        return byPf;
    }

    public Button getRefreshButton() {
        return refresh;
    }

    public HostScan getScan() {
        return scan;
    }

    public UsedBy getUsedBy() {
        return usedBy;
    }

    /**
     * Scans again in a job and redraws when it is done, keeping the filter and grouping; meanwhile
     * the tree says "Scanning…". A scan still running is cancelled: only the newest one is shown.
     */
    public void refresh() {
        cancelScan();
        viewer.setInput(List.of(DeviceNode.group(SCANNING)));
        refresh.setEnabled(false);
        Job job = new ScanJob();
        job.setUser(false);
        scanning = job;
        job.schedule();
    }

    /** Whether a scan runs (or its result is on its way to the UI thread). */
    public boolean isScanning() {
        return scanning != null;
    }

    private void cancelScan() {
        if (scanning != null) {
            scanning.cancel();
            scanning = null;
        }
    }

    /** The end of {@code job}: its result, or why there is none (cancelled in the Progress view, failed). */
    private void showScan(Job job, HostScan result, String failure) {
        if (control.isDisposed() || scanning != job) {
            return; // closed, or a newer scan was started and this one cancelled
        }
        scanning = null;
        refresh.setEnabled(true);
        if (result != null) {
            scan = result;
            rebuild();
        } else {
            viewer.setInput(List.of(DeviceNode.group(failure)));
        }
    }

    public void setUsedBy(UsedBy usedBy) {
        this.usedBy = usedBy;
        viewer.refresh();
    }

    private void rebuild() {
        if (scan == null) {
            return; // the first scan has not come back yet
        }
        DeviceTreeBuilder.Grouping g = byPf.getSelection() ? DeviceTreeBuilder.Grouping.PHYSICAL_FUNCTION
                : DeviceTreeBuilder.Grouping.IOMMU_GROUP;
        viewer.setInput(DeviceTreeBuilder.build(scan, g));
        viewer.expandToLevel(2);
    }

    /**
     * Shows only the devices {@code keep} accepts, and the rows above them (a picker of VFs shows
     * their PFs and groups as the way to them).
     */
    public void setDeviceFilter(Predicate<Object> keep) {
        viewer.addFilter(new ViewerFilter() {
            @Override
            public boolean select(Viewer v, Object parent, Object element) {
                return !(element instanceof DeviceNode n) || kept(n);
            }

            private boolean kept(DeviceNode node) {
                return node.device() != null && keep.test(node.device()) || node.children().stream().anyMatch(this::kept);
            }
        });
    }

    /** Groups PCI functions by PF (VFs below their PF) instead of by IOMMU group. */
    public void setGroupByPf(boolean byPhysicalFunction) {
        byPf.setSelection(byPhysicalFunction);
        rebuild();
    }

    /** The selected devices (group rows left out). */
    public List<Object> getSelectedDevices() {
        List<Object> devices = new ArrayList<>();
        for (Object o : viewer.getStructuredSelection()) {
            if (o instanceof DeviceNode n && n.device() != null) {
                devices.add(n.device());
            }
        }
        return devices;
    }

    /** Enables assignment: double-click, the context menu, and dragging onto an editor. */
    public void setAssigner(Assigner assigner, Supplier<AssignTarget> target) {
        this.assigner = assigner;
        this.target = target;
        viewer.addDoubleClickListener(e -> assignDefault());
        MenuManager menu = new MenuManager();
        menu.setRemoveAllWhenShown(true);
        menu.addMenuListener(m -> {
            for (Assigner.Action a : Assigner.Action.values()) {
                m.add(action(a));
            }
        });
        viewer.getTree().setMenu(menu.createContextMenu(viewer.getTree()));
        viewer.addDragSupport(DND.DROP_COPY, new Transfer[] { LocalSelectionTransfer.getTransfer() }, new DragSourceAdapter() {
            @Override
            public void dragStart(DragSourceEvent event) {
                List<Object> devices = getSelectedDevices();
                event.doit = !devices.isEmpty();
                LocalSelectionTransfer.getTransfer().setSelection(new StructuredSelection(new DraggedDevices(HostDevicesPanel.this, devices)));
            }

            @Override
            public void dragSetData(DragSourceEvent event) {
                event.data = LocalSelectionTransfer.getTransfer().getSelection();
            }

            @Override
            public void dragFinished(DragSourceEvent event) {
                LocalSelectionTransfer.getTransfer().setSelection(null);
            }
        });
    }

    /** The context menu's entry for {@code a}, enabled for the current selection. */
    public Action action(Assigner.Action a) {
        Action action = new Action(a.label) {
            @Override
            public void run() {
                assign(a, getSelectedDevices());
            }
        };
        action.setEnabled(assigner != null && target.get() != null && assigner.isEnabled(a, getSelectedDevices()));
        return action;
    }

    public boolean assignDefault() {
        List<Object> devices = getSelectedDevices();
        return assigner != null && assign(assigner.defaultAction(devices), devices);
    }

    /** Assigns {@code devices} to the current target; false when there is none or the user declined. */
    public boolean assign(Assigner.Action a, List<Object> devices) {
        if (assigner == null || !assigner.assign(a, devices, target.get())) {
            return false;
        }
        return true;
    }

    /** Assigns dropped devices to a given target (the editor they were dropped on). */
    boolean assignTo(List<Object> devices, AssignTarget dropTarget) {
        return assigner != null && assigner.assign(assigner.defaultAction(devices), devices, dropTarget);
    }

    /** What a drag carries: the devices, and the panel that knows the scan and the warnings. */
    public record DraggedDevices(HostDevicesPanel source, List<Object> devices) {
    }

    /** One scan: the scanner in the background, its result handed to the UI thread. */
    private final class ScanJob extends Job {
        private final Display display = control.getDisplay();

        ScanJob() {
            super("Scanning host devices");
        }

        @Override
        protected IStatus run(IProgressMonitor monitor) {
            monitor.beginTask("Reading PCI and USB devices from sysfs", IProgressMonitor.UNKNOWN);
            HostScan result = null;
            String failure = null;
            IStatus status = Status.OK_STATUS;
            try {
                result = scanner.scan(monitor);
            } catch (CancellationException e) {
                failure = "Scan cancelled: Refresh to scan again";
                status = Status.CANCEL_STATUS;
            } catch (RuntimeException e) {
                failure = "Scan failed: " + e.getMessage();
                status = new Status(IStatus.ERROR, PLUGIN_ID, "The host device scan failed", e);
            } finally {
                monitor.done();
            }
            HostScan scanned = result;
            String why = failure;
            if (!display.isDisposed()) {
                display.asyncExec(() -> showScan(this, scanned, why));
            }
            return status;
        }
    }

    private final class Content implements ITreeContentProvider {
        @Override
        public Object[] getElements(Object input) {
            return ((List<?>) input).toArray();
        }

        @Override
        public Object[] getChildren(Object parent) {
            return ((DeviceNode) parent).children().toArray();
        }

        @Override
        public Object getParent(Object element) {
            return ((DeviceNode) element).parent();
        }

        @Override
        public boolean hasChildren(Object element) {
            return !((DeviceNode) element).children().isEmpty();
        }
    }

    private final class Labels extends LabelProvider implements ITableLabelProvider {
        @Override
        public Image getColumnImage(Object element, int column) {
            return column == 0 ? icons.get((DeviceNode) element) : null;
        }

        @Override
        public String getColumnText(Object element, int column) {
            return DeviceColumns.values()[column].text((DeviceNode) element, usedBy);
        }
    }

    /** Keeps rows whose text, or a descendant's, contains the filter text (any case). */
    private final class TextFilter extends ViewerFilter {
        @Override
        public boolean select(Viewer v, Object parent, Object element) {
            String f = filter.getText().trim().toLowerCase(Locale.ROOT);
            return f.isEmpty() || !(element instanceof DeviceNode n) || matches(n, f);
        }

        private boolean matches(DeviceNode node, String f) {
            for (DeviceColumns c : DeviceColumns.values()) {
                if (c.text(node, usedBy).toLowerCase(Locale.ROOT).contains(f)) {
                    return true;
                }
            }
            return node.children().stream().anyMatch(child -> matches(child, f));
        }
    }

    /** For the selection provider of the view. */
    IStructuredSelection selection() {
        return viewer.getStructuredSelection();
    }
}
