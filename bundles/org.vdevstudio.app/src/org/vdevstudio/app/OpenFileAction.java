package org.vdevstudio.app;

import java.nio.file.Path;

import org.eclipse.jface.action.Action;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.FileDialog;
import org.eclipse.ui.IWorkbenchWindow;

/** File > Open File... (Ctrl+O): picks an XML file and opens it in the editor registered for it. */
public class OpenFileAction extends Action {

    /** The command the Ctrl+O binding in plugin.xml is bound to. */
    public static final String COMMAND_ID = "org.vdevstudio.app.openFile";

    private final IWorkbenchWindow window;

    public OpenFileAction(IWorkbenchWindow window) {
        super("&Open File...");
        this.window = window;
        setId(COMMAND_ID);
        setActionDefinitionId(COMMAND_ID);
        setToolTipText("Open a libvirt domain XML file");
    }

    @Override
    public void run() {
        FileDialog dialog = new FileDialog(window.getShell(), SWT.OPEN | SWT.SHEET);
        dialog.setText("Open Domain XML");
        dialog.setFilterExtensions(new String[] { "*.xml", "*" });
        dialog.setFilterNames(new String[] { "Domain XML (*.xml)", "All files" });
        String chosen = dialog.open();
        if (chosen != null && window.getActivePage() != null) {
            Editors.openRegistered(window.getActivePage(), Path.of(chosen));
        }
    }
}
