package org.vdevstudio.app.wizard;

import java.nio.file.Path;

import org.eclipse.jface.action.Action;
import org.eclipse.jface.wizard.WizardDialog;
import org.eclipse.ui.IWorkbenchWindow;

/** File > New Domain...: the wizard, offering the user's home folder for the file. */
public class NewDomainAction extends Action {

    public static final String ID = "org.vdevstudio.app.newDomain";

    private final IWorkbenchWindow window;

    public NewDomainAction(IWorkbenchWindow window) {
        super("&New Domain...");
        this.window = window;
        setId(ID);
        setToolTipText("Create a libvirt domain XML file from a template");
    }

    @Override
    public void run() {
        if (window.getActivePage() != null) {
            new WizardDialog(window.getShell(), new NewDomainWizard(window.getActivePage(),
                    Path.of(System.getProperty("user.home")))).open();
        }
    }
}
