package org.vdevstudio.ui.libvirt;

import org.eclipse.jface.dialogs.IDialogConstants;
import org.eclipse.jface.dialogs.IMessageProvider;
import org.eclipse.jface.dialogs.TitleAreaDialog;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.TableColumn;
import org.eclipse.swt.widgets.TableItem;

/** The outcome of an apply: libvirt's error verbatim (if any), then per device what was asked and what libvirt now has. */
public final class ResultDialog extends TitleAreaDialog {

    private final ResultTable result;
    private Table table;

    public ResultDialog(Shell parent, ResultTable result) {
        super(parent);
        this.result = result;
        setShellStyle(getShellStyle() | SWT.RESIZE);
    }

    @Override
    protected void configureShell(Shell shell) {
        super.configureShell(shell);
        shell.setText("Apply to libvirt");
    }

    @Override
    protected Control createDialogArea(Composite parent) {
        Composite area = (Composite) super.createDialogArea(parent);
        setTitle(result.title());
        if (result.failed()) {
            setMessage(result.error(), IMessageProvider.ERROR);
        } else {
            setMessage("Read back from libvirt after the apply.");
        }
        table = new Table(area, SWT.FULL_SELECTION | SWT.BORDER);
        table.setHeaderVisible(true);
        table.setLinesVisible(true);
        GridDataFactory.fillDefaults().grab(true, true).hint(720, 220).applyTo(table);
        for (String[] c : new String[][] { { "Device", "320" }, { "Sent", "140" }, { "Outcome", "260" } }) {
            TableColumn column = new TableColumn(table, SWT.LEFT);
            column.setText(c[0]);
            column.setWidth(Integer.parseInt(c[1]));
        }
        for (ResultTable.Row row : result.rows()) {
            new TableItem(table, SWT.NONE).setText(new String[] { row.device(), row.action(), row.outcome() });
        }
        return area;
    }

    @Override
    protected void createButtonsForButtonBar(Composite parent) {
        createButton(parent, IDialogConstants.OK_ID, IDialogConstants.CLOSE_LABEL, true);
    }

    /** The table (for tests). */
    public Table getTable() {
        return table;
    }
}
