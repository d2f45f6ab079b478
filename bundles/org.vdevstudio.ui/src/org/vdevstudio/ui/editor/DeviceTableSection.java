package org.vdevstudio.ui.editor;

import java.util.List;

import org.eclipse.jface.layout.PixelConverter;
import org.eclipse.jface.viewers.ColumnLabelProvider;
import org.eclipse.jface.viewers.TableViewer;
import org.eclipse.jface.viewers.TableViewerColumn;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Table;
import org.eclipse.ui.forms.SectionPart;
import org.eclipse.ui.forms.widgets.FormToolkit;
import org.eclipse.ui.forms.widgets.Section;
import org.vdevstudio.core.io.DomainResource;

/** A section with a read-only table of devices, one row per device; refreshed when marked stale. */
public class DeviceTableSection<T> extends SectionPart {

    private final TableViewer viewer;

    public DeviceTableSection(Composite parent, FormToolkit toolkit, DomainResource resource, String title,
            String description, List<Column<T>> columns, DeviceRowsProvider<T> rows) {
        super(parent, toolkit, Section.TITLE_BAR | Section.DESCRIPTION | Section.EXPANDED);
        Section section = getSection();
        section.setText(title);
        section.setDescription(description);
        Composite client = toolkit.createComposite(section);
        client.setLayout(FormLayouts.sectionClient(1));
        viewer = table(toolkit, client, resource, columns, rows);
        toolkit.paintBordersFor(client);
        section.setClient(client);
    }

    /** A table of devices, one row each, filling its cell of {@code client}; also the master table of the device pages. */
    public static <T> TableViewer table(FormToolkit toolkit, Composite client, DomainResource resource, List<Column<T>> columns,
            DeviceRowsProvider<T> rows) {
        Table table = toolkit.createTable(client, SWT.SINGLE | SWT.FULL_SELECTION | SWT.H_SCROLL | SWT.V_SCROLL);
        table.setHeaderVisible(true);
        table.setLinesVisible(true);
        FormLayouts.fill(table);
        TableViewer viewer = new TableViewer(table);
        PixelConverter pixels = new PixelConverter(table);
        for (Column<T> column : columns) {
            TableViewerColumn c = new TableViewerColumn(viewer, SWT.LEFT);
            c.getColumn().setText(column.title());
            c.getColumn().setWidth(pixels.convertWidthInCharsToPixels(column.widthChars()));
            c.setLabelProvider(new CellText<>(column));
        }
        viewer.setContentProvider(rows);
        viewer.setInput(resource);
        return viewer;
    }

    public TableViewer getViewer() {
        return viewer;
    }

    @Override
    public void refresh() {
        viewer.refresh();
        super.refresh();
    }

    /** The label provider of one column. */
    private static final class CellText<T> extends ColumnLabelProvider {
        private final Column<T> column;

        CellText(Column<T> column) {
            this.column = column;
        }

        @Override
        @SuppressWarnings("unchecked")
        public String getText(Object element) {
            return element instanceof Row<?> row ? column.textOf((Row<T>) row) : "";
        }
    }
}
