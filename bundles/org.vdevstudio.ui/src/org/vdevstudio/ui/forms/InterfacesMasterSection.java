package org.vdevstudio.ui.forms;

import java.util.List;
import java.util.function.Function;

import org.eclipse.emf.common.command.Command;
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
import org.vdevstudio.core.edit.HostdevConversion;
import org.vdevstudio.core.edit.InterfaceCommands;
import org.vdevstudio.model.domain.Domain;
import org.vdevstudio.model.domain.Interface;
import org.vdevstudio.ui.editor.Column;
import org.vdevstudio.ui.editor.FormLayouts;
import org.vdevstudio.ui.editor.InterfacesSection;
import org.vdevstudio.ui.editor.Row;

/**
 * The master of the Interfaces page: every {@code <interface>} in document order, and the
 * buttons that add, remove, duplicate and reorder them (each one command). The selection goes to
 * the details part through the managed form.
 */
public class InterfacesMasterSection extends SectionPart {

    private final DetailsContext details;
    private final TableViewer viewer;
    private Interface current;
    private int currentIndex = -1;
    private boolean refreshing;

    public InterfacesMasterSection(Composite parent, FormToolkit toolkit, DetailsContext details) {
        super(parent, toolkit, Section.TITLE_BAR | Section.DESCRIPTION | Section.EXPANDED);
        this.details = details;
        Section section = getSection();
        section.setText("Interfaces");
        section.setDescription("The guest's network interfaces, in document order.");
        Composite client = toolkit.createComposite(section);
        client.setLayout(FormLayoutsEx.masterPane());
        Table table = toolkit.createTable(client, SWT.SINGLE | SWT.FULL_SELECTION | SWT.H_SCROLL | SWT.V_SCROLL);
        table.setHeaderVisible(true);
        table.setLinesVisible(true);
        FormLayouts.fill(table);
        viewer = new TableViewer(table);
        PixelConverter pixels = new PixelConverter(table);
        for (Column<Interface> column : InterfacesSection.COLUMNS) {
            TableViewerColumn c = new TableViewerColumn(viewer, SWT.LEFT);
            c.getColumn().setText(column.title());
            c.getColumn().setWidth(pixels.convertWidthInCharsToPixels(column.widthChars()));
            c.setLabelProvider(new ColumnLabelProvider() {
                @Override
                @SuppressWarnings("unchecked")
                public String getText(Object element) {
                    return element instanceof Row<?> r ? column.textOf((Row<Interface>) r) : "";
                }
            });
        }
        viewer.setContentProvider(InterfacesSection.rows());
        viewer.setInput(details.resource());
        viewer.addSelectionChangedListener(e -> {
            if (!refreshing) {
                select(deviceOf(e.getStructuredSelection()));
            }
        });
        Composite buttons = toolkit.createComposite(client);
        buttons.setLayout(FormLayouts.sectionClient(1));
        buttons.setLayoutData(new GridData(SWT.FILL, SWT.TOP, false, false));
        button(toolkit, buttons, "Add", d -> InterfaceCommands.add(d));
        button(toolkit, buttons, "Remove", d -> current == null ? null : InterfaceCommands.remove(current));
        button(toolkit, buttons, "Duplicate", d -> current == null ? null : InterfaceCommands.duplicate(current));
        button(toolkit, buttons, "Up", d -> current == null ? null : InterfaceCommands.move(current, -1));
        button(toolkit, buttons, "Down", d -> current == null ? null : InterfaceCommands.move(current, +1));
        button(toolkit, buttons, "To <hostdev>", d -> current == null ? null : HostdevConversion.toHostdev(current));
        toolkit.paintBordersFor(client);
        section.setClient(client);
    }

    public TableViewer getViewer() {
        return viewer;
    }

    /** The interface the details show, or null. */
    public Interface getSelected() {
        return current;
    }

    /** Selects {@code i} in the table and shows it in the details. */
    public void select(Interface i) {
        current = i;
        List<Interface> all = interfaces();
        currentIndex = i == null ? -1 : all.indexOf(i);
        Row<Interface> row = i == null ? null : new Row<>(currentIndex + 1, i);
        if (!viewer.getStructuredSelection().equals(row == null ? StructuredSelection.EMPTY : new StructuredSelection(row))) {
            viewer.setSelection(row == null ? StructuredSelection.EMPTY : new StructuredSelection(row), true);
        }
        if (getManagedForm() != null) {
            getManagedForm().fireSelectionChanged(this, i == null ? StructuredSelection.EMPTY : new StructuredSelection(i));
        }
    }

    /**
     * After any command: the rows again, and the same interface selected; when a source edit
     * replaced it, the one at the same position.
     */
    @Override
    public void refresh() {
        Interface before = current;
        int beforeIndex = currentIndex;
        // The viewer drops a row that is gone from its selection and says so: not a user's choice.
        refreshing = true;
        try {
            viewer.refresh();
        } finally {
            refreshing = false;
        }
        List<Interface> all = interfaces();
        Interface keep = before != null && all.contains(before) ? before
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
        // An added or duplicated interface is what the user wants to edit next.
        for (Object o : c.getAffectedObjects()) {
            if (o instanceof Interface i && i.eContainer() != null) {
                select(i);
                return;
            }
        }
    }

    private List<Interface> interfaces() {
        Domain domain = details.resource().getDomain();
        return domain == null || domain.getDevices() == null ? List.of() : domain.getDevices().getInterfaces();
    }

    private static Interface deviceOf(IStructuredSelection s) {
        return s.getFirstElement() instanceof Row<?> r && r.device() instanceof Interface i ? i : null;
    }
}
