package org.vdevstudio.app.wizard;

import java.io.IOException;
import java.nio.file.Path;
import java.security.SecureRandom;

import org.eclipse.core.runtime.ILog;
import org.eclipse.jface.wizard.Wizard;
import org.eclipse.ui.IWorkbenchPage;
import org.vdevstudio.app.Editors;
import org.vdevstudio.core.io.DomainXml;

/** File > New Domain: writes the template's domain atomically to the chosen file and opens it. */
public class NewDomainWizard extends Wizard {

    private final IWorkbenchPage page;
    private final NewDomainPage form;
    private Path created;

    public NewDomainWizard(IWorkbenchPage page, Path folder) {
        this.page = page;
        this.form = new NewDomainPage(folder);
        setWindowTitle("New Domain");
        setNeedsProgressMonitor(false);
    }

    @Override
    public void addPages() {
        addPage(form);
    }

    @Override
    public boolean performFinish() {
        Path file = form.getFile();
        try {
            DomainXml.save(form.getTemplate().instantiate(form.getDomainName(), new SecureRandom()), file);
        } catch (IOException e) { // DomainLoadException too: a template that does not parse
            ILog.of(NewDomainWizard.class).error("Cannot create " + file, e);
            form.setErrorMessage("Cannot write " + file + ": " + e.getMessage());
            return false;
        }
        created = file;
        Editors.openDomain(page, file);
        return true;
    }

    /** The file written by Finish, or null. */
    public Path getCreated() {
        return created;
    }
}
