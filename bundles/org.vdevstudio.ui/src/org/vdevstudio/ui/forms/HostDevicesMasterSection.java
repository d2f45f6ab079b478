package org.vdevstudio.ui.forms;

import java.util.List;
import java.util.function.Function;

import org.eclipse.emf.common.command.Command;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.jface.layout.PixelConverter;
import org.eclipse.jface.viewers.ColumnLabelProvider;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.jface.viewers.StructuredSelection;
import org.eclipse.jface.viewers.TableViewer;
import org.eclipse.jface.viewers.TableViewerColumn;
import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Table;
import org.eclipse.ui.forms.SectionPart;
import org.eclipse.ui.forms.widgets.FormToolkit;
import org.eclipse.ui.forms.widgets.Section;
import org.vdevstudio.core.HostDevice;
import org.vdevstudio.core.HostDevices;
import org.vdevstudio.core.edit.HostdevTemplates;
import org.vdevstudio.model.domain.Domain;
import org.vdevstudio.model.domain.Hostdev;
import org.vdevstudio.ui.editor.Column;
import org.vdevstudio.ui.editor.FormLayouts;
import org.vdevstudio.ui.editor.HostDevicesSection;
import org.vdevstudio.ui.editor.Row;

/**
 * The master of the Host devices page: every host device in document order (hostdev interfaces
 * included, marked in the Interface column), and the buttons that add and remove
 * {@code <hostdev>}s. The details get the element that owns the device: the {@code <hostdev>},
 * or the {@code <interface>}.
 */
public class HostDevicesMasterSection extends SectionPart {

    private final DetailsContext details;
    private final TableViewer viewer;
    private HostDevice current;
    private int currentIndex = -1;
    private boolean refreshing;

    public HostDevicesMasterSection(Composite parent, FormToolkit toolkit, DetailsContext details) {
        super(parent, toolkit, Section.TITLE_BAR | Section.DESCRIPTION | Section.EXPANDED);
        this.details = details;
        Section section = getSection();
        section.setText("Host devices");
        section.setDescription("Host devices given to the guest, with those of hostdev interfaces.");
        Composite client = toolkit.createComposite(section);
        client.setLayout(FormLayoutsEx.masterPane());
        Table table = toolkit.createTable(client, SWT.SINGLE | SWT.FULL_SELECTION | SWT.H_SCROLL | SWT.V_SCROLL);
        table.setHeaderVisible(true);
        table.setLinesVisible(true);
        FormLayouts.fill(table);
        viewer = new TableViewer(table);
        PixelConverter pixels = new PixelConverter(table);
        for (Column<HostDevice> column : HostDevicesSection.COLUMNS) {
            TableViewerColumn c = new TableViewerColumn(viewer, SWT.LEFT);
            c.getColumn().setText(column.title());
            c.getColumn().setWidth(pixels.convertWidthInCharsToPixels(column.widthChars()));
            c.setLabelProvider(new ColumnLabelProvider() {
                @Override
                @SuppressWarnings("unchecked")
                public String getText(Object element) {
                    return element instanceof Row<?> r ? column.textOf((Row<HostDevice>) r) : "";
                }
            });
        }
        viewer.setContentProvider(HostDevicesSection.rows());
        viewer.setInput(details.resource());
        viewer.addSelectionChangedListener(e -> {
            if (!refreshing) {
                select(deviceOf(e.getStructuredSelection()));
            }
        });
        Composite buttons = toolkit.createComposite(client);
        buttons.setLayout(FormLayouts.sectionClient(1));
        buttons.setLayoutData(new GridData(SWT.FILL, SWT.TOP, false, false));
        button(toolkit, buttons, "Add PCI", HostdevTemplates::addPci);
        button(toolkit, buttons, "Add USB", HostdevTemplates::addUsb);
        button(toolkit, buttons, "Add SCSI", HostdevTemplates::addScsi);
        button(toolkit, buttons, "Add mdev", HostdevTemplates::addMdev);
        // A hostdev interface is removed on the Interfaces page, where it is edited.
        button(toolkit, buttons, "Remove", d -> current == null || current.getHostdev() == null ? null
                : HostdevTemplates.remove(current.getHostdev()));
        toolkit.paintBordersFor(client);
        section.setClient(client);
    }

    public TableViewer getViewer() {
        return viewer;
    }

    /** The device the details show, or null. */
    public HostDevice getSelected() {
        return current;
    }

    /** Selects the host device owned by {@code owner} (a hostdev or a hostdev interface); false when there is none. */
    public boolean selectOwner(EObject owner) {
        for (HostDevice d : devices()) {
            if (d.getOwner() == owner) {
                select(d);
                return true;
            }
        }
        return false;
    }

    /** Selects {@code d} in the table and shows its owner in the details. */
    public void select(HostDevice d) {
        current = d;
        List<HostDevice> all = devices();
        currentIndex = d == null ? -1 : all.indexOf(d);
        StructuredSelection row = d == null ? StructuredSelection.EMPTY : new StructuredSelection(new Row<>(currentIndex + 1, d));
        if (!viewer.getStructuredSelection().equals(row)) {
            viewer.setSelection(row, true);
        }
        if (getManagedForm() != null) {
            getManagedForm().fireSelectionChanged(this, d == null ? StructuredSelection.EMPTY : new StructuredSelection(d.getOwner()));
        }
    }

    /** After any command: the rows again, the same device selected, else the one at the same position. */
    @Override
    public void refresh() {
        HostDevice before = current;
        int beforeIndex = currentIndex;
        refreshing = true;
        try {
            viewer.refresh();
        } finally {
            refreshing = false;
        }
        List<HostDevice> all = devices();
        HostDevice keep = before != null && all.contains(before) ? before
                : beforeIndex >= 0 && !all.isEmpty() ? all.get(Math.min(beforeIndex, all.size() - 1)) : null;
        select(keep);
        super.refresh();
    }

    private void button(FormToolkit toolkit, Composite parent, String label, Function<Domain, Command> command) {
        Button b = toolkit.createButton(parent, label, SWT.PUSH);
        b.setLayoutData(new GridData(SWT.FILL, SWT.TOP, true, false));
        b.setData(FieldBinder.FIELD_KEY, label);
        b.addListener(SWT.Selection, e -> run(command));
    }

    private void run(Function<Domain, Command> make) {
        Domain domain = details.resource().getDomain();
        Command c = domain == null ? null : make.apply(domain);
        if (c == null || !c.canExecute()) {
            return;
        }
        details.domain().getCommandStack().execute(c);
        // An added device is what the user wants to edit next.
        for (Object o : c.getAffectedObjects()) {
            if (o instanceof Hostdev h && h.eContainer() != null && selectOwner(h)) {
                return;
            }
        }
    }

    private List<HostDevice> devices() {
        Domain domain = details.resource().getDomain();
        return domain == null ? List.of() : HostDevices.of(domain);
    }

    private static HostDevice deviceOf(IStructuredSelection s) {
        return s.getFirstElement() instanceof Row<?> r && r.device() instanceof HostDevice d ? d : null;
    }
}
