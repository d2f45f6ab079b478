package org.vdevstudio.ui.autosave;

import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.ArrayList;
import java.util.List;

import org.eclipse.jface.dialogs.Dialog;
import org.eclipse.jface.dialogs.IDialogConstants;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.TableColumn;
import org.eclipse.swt.widgets.TableItem;
import org.vdevstudio.ui.autosave.AutosaveStore.Entry;

/**
 * Lists the autosaves of the last session (file, time), all checked. Restore restores the checked
 * ones and discards the others; Discard All discards them all; closing the dialog decides nothing,
 * and they are offered again at the next start.
 */
public final class RestoreDialog extends Dialog {

    private static final int DISCARD_ALL_ID = IDialogConstants.CLIENT_ID + 1;
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM)
            .withZone(ZoneId.systemDefault());

    private final List<Entry> entries;
    private Table table;
    private List<Entry> result;

    RestoreDialog(Shell parent, List<Entry> entries) {
        super(parent);
        this.entries = entries;
        setShellStyle(getShellStyle() | SWT.RESIZE);
    }

    /** {@link AutosaveRestore.Chooser} in this dialog. */
    static List<Entry> choose(Shell shell, List<Entry> entries) {
        RestoreDialog dialog = new RestoreDialog(shell, entries);
        dialog.open();
        return dialog.result;
    }

    @Override
    protected void configureShell(Shell shell) {
        super.configureShell(shell);
        shell.setText("Restore Unsaved Changes");
    }

    @Override
    protected Control createDialogArea(Composite parent) {
        Composite area = (Composite) super.createDialogArea(parent);
        Label intro = new Label(area, SWT.WRAP);
        intro.setText("vdev studio did not close normally last time. These files had unsaved changes,"
                + " which were kept. Restore opens the checked ones with their changes (unsaved);"
                + " the unchecked ones are discarded.");
        GridDataFactory.fillDefaults().grab(true, false).hint(600, SWT.DEFAULT).applyTo(intro);
        table = new Table(area, SWT.CHECK | SWT.BORDER | SWT.FULL_SELECTION);
        table.setHeaderVisible(true);
        TableColumn file = new TableColumn(table, SWT.LEFT);
        file.setText("File");
        TableColumn time = new TableColumn(table, SWT.LEFT);
        time.setText("Changes kept at");
        for (Entry entry : entries) {
            TableItem item = new TableItem(table, SWT.NONE);
            item.setText(new String[] { entry.original().toString(), TIME.format(entry.time()) });
            item.setChecked(true);
            item.setData(entry);
        }
        file.pack();
        time.pack();
        GridDataFactory.fillDefaults().grab(true, true).hint(600, 160).applyTo(table);
        return area;
    }

    @Override
    protected void createButtonsForButtonBar(Composite parent) {
        createButton(parent, IDialogConstants.OK_ID, "&Restore", true);
        createButton(parent, DISCARD_ALL_ID, "&Discard All", false);
    }

    @Override
    protected void buttonPressed(int buttonId) {
        if (buttonId == IDialogConstants.OK_ID) {
            result = new ArrayList<>();
            for (TableItem item : table.getItems()) {
                if (item.getChecked()) {
                    result.add((Entry) item.getData());
                }
            }
            okPressed();
        } else if (buttonId == DISCARD_ALL_ID) {
            result = List.of();
            close();
        } else {
            super.buttonPressed(buttonId);
        }
    }
}
