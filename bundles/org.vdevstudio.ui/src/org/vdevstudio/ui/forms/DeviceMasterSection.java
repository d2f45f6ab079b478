package org.vdevstudio.ui.forms;

import java.util.Collection;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;

import org.eclipse.emf.common.command.Command;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.jface.viewers.StructuredSelection;
import org.eclipse.jface.viewers.TableViewer;
import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.ui.forms.SectionPart;
import org.eclipse.ui.forms.widgets.FormToolkit;
import org.eclipse.ui.forms.widgets.Section;
import org.vdevstudio.model.domain.Domain;
import org.vdevstudio.ui.editor.Column;
import org.vdevstudio.ui.editor.DeviceRowsProvider;
import org.vdevstudio.ui.editor.DeviceTableSection;
import org.vdevstudio.ui.editor.FormLayouts;
import org.vdevstudio.ui.editor.Row;

/**
 * The master of a master/details page: the devices in document order, and buttons beside them
 * that each run one command. The selection goes to the details part through the managed form.
 * After any command the rows are read again and the same device stays selected; when a source
 * edit replaced it, the one at the same position.
 */
public abstract class DeviceMasterSection<T> extends SectionPart {

    protected final DetailsContext details;
    private final TableViewer viewer;
    private final DeviceRowsProvider<T> rows;
    private final FormToolkit toolkit;
    private final Composite buttons;
    private T current;
    private int currentIndex = -1;
    private boolean refreshing;
    private List<T> shown = List.of();
    /** What decides the details page of a device's details (the block's page key). */
    private Function<Object, Object> detailsKey = details -> details;
    /** What the details part was last sent, and its page key. */
    private Object sentDetails;
    private Object sentKey;

    protected DeviceMasterSection(Composite parent, FormToolkit toolkit, DetailsContext details, String title,
            String description, List<Column<T>> columns, DeviceRowsProvider<T> rows) {
        super(parent, toolkit, Section.TITLE_BAR | Section.DESCRIPTION | Section.EXPANDED);
        this.details = details;
        this.rows = rows;
        this.toolkit = toolkit;
        Section section = getSection();
        section.setText(title);
        section.setDescription(description);
        Composite client = toolkit.createComposite(section);
        client.setLayout(FormLayoutsEx.masterPane());
        viewer = DeviceTableSection.table(toolkit, client, details.resource(), columns, rows);
        viewer.addSelectionChangedListener(e -> {
            if (!refreshing) {
                select(deviceOf(e.getStructuredSelection()));
            }
        });
        buttons = toolkit.createComposite(client);
        buttons.setLayout(FormLayouts.sectionClient(1));
        buttons.setLayoutData(new GridData(SWT.FILL, SWT.TOP, false, false));
        toolkit.paintBordersFor(client);
        section.setClient(client);
    }

    public TableViewer getViewer() {
        return viewer;
    }

    /** The device the details show, or null. */
    public T getSelected() {
        return current;
    }

    /** Selects {@code device} in the table and shows it in the details. */
    public void select(T device) {
        select(device, true);
    }

    /**
     * Selects {@code device} in the table; the details part is sent it when {@code always}, else only
     * when the details would change (another device, or a type that makes another details page).
     */
    private void select(T device, boolean always) {
        current = device;
        List<T> all = devices();
        currentIndex = device == null ? -1 : all.indexOf(device);
        StructuredSelection row = device == null ? StructuredSelection.EMPTY
                : new StructuredSelection(new Row<>(currentIndex + 1, device));
        if (!viewer.getStructuredSelection().equals(row)) {
            viewer.setSelection(row, true);
        }
        Object now = device == null ? null : detailsOf(device);
        if (!always && now == sentDetails && (now == null || Objects.equals(detailsKey.apply(now), sentKey))) {
            // the block refreshes the page's fields; sending the same device again would only make
            // the details part lay its page out anew (half of an edit's time on a large domain)
            return;
        }
        if (getManagedForm() != null) {
            sentDetails = now;
            sentKey = sentDetails == null ? null : detailsKey.apply(sentDetails);
            getManagedForm().fireSelectionChanged(this,
                    sentDetails == null ? StructuredSelection.EMPTY : new StructuredSelection(sentDetails));
        }
    }

    /** Tells what decides the details page of a device's details: the block's page key. */
    public void setDetailsKey(Function<Object, Object> key) {
        detailsKey = key;
    }

    /** What the details part edits for a row's device (the device itself unless said otherwise). */
    protected Object detailsOf(T device) {
        return device;
    }

    @Override
    public void refresh() {
        T before = current;
        int beforeIndex = currentIndex;
        // The viewer drops a row that is gone from its selection and says so: not a user's choice.
        refreshing = true;
        try {
            viewer.refresh();
        } finally {
            refreshing = false;
        }
        List<T> all = devices();
        shown = all;
        T keep = before != null && all.contains(before) ? before
                : beforeIndex >= 0 && !all.isEmpty() ? all.get(Math.min(beforeIndex, all.size() - 1)) : null;
        select(keep, false);
        super.refresh();
    }

    /**
     * After a command that changed {@code affected} (its affected objects): when the devices are
     * still the same ones in the same order, only the rows of the devices holding them are read
     * again; reading all of them takes long on a large domain. Otherwise as {@link #refresh()}.
     */
    public void refresh(Collection<?> affected) {
        List<T> all = devices();
        if (affected.isEmpty() || !all.equals(shown)) {
            refresh();
            return;
        }
        Map<EObject, T> devices = new IdentityHashMap<>();
        for (T d : all) {
            devices.put(objectOf(d), d);
        }
        for (Object o : affected) {
            T device = deviceHolding(o, devices);
            if (device != null) {
                viewer.update(new Row<>(all.indexOf(device) + 1, device), null);
            }
        }
        select(current, false); // a changed type may change the details page
        super.refresh();
    }

    /** The model object of a row's device, which holds what a command changes in it. */
    protected EObject objectOf(T device) {
        return (EObject) device;
    }

    private T deviceHolding(Object o, Map<EObject, T> devices) {
        for (Object x = o; x instanceof EObject e; x = e.eContainer()) {
            T device = devices.get(e);
            if (device != null) {
                return device;
            }
        }
        return null;
    }

    /** A button beside the table; {@code command} makes the command for the domain (null: nothing to do). */
    protected void button(String label, Function<Domain, Command> command) {
        Button b = toolkit.createButton(buttons, label, SWT.PUSH);
        b.setLayoutData(new GridData(SWT.FILL, SWT.TOP, true, false));
        b.setData(FieldBinder.FIELD_KEY, label);
        b.addListener(SWT.Selection, e -> run(command));
    }

    /**
     * After a command: selects {@code affected} (one of the command's affected objects) when it is
     * a device that was not among {@code before}, so that an added or duplicated device is what
     * the user edits next; false when it is not such a device.
     */
    protected abstract boolean selectAdded(Object affected, List<T> before);

    private void run(Function<Domain, Command> make) {
        Domain domain = details.resource().getDomain();
        Command c = domain == null ? null : make.apply(domain);
        if (c == null || !c.canExecute()) {
            return;
        }
        List<T> before = devices();
        details.domain().getCommandStack().execute(c);
        for (Object o : c.getAffectedObjects()) {
            if (selectAdded(o, before)) {
                return;
            }
        }
    }

    protected List<T> devices() {
        return rows.rows(details.resource()).stream().map(Row::device).toList();
    }

    @SuppressWarnings("unchecked")
    private T deviceOf(IStructuredSelection s) {
        return s.getFirstElement() instanceof Row<?> r ? (T) r.device() : null;
    }
}
