package org.vdevstudio.app.wizard;

import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;

import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.jface.wizard.WizardPage;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.FileDialog;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.List;
import org.eclipse.swt.widgets.Text;

/** The one page of File > New Domain: a template, the domain's name and the file to write. */
public class NewDomainPage extends WizardPage {

    private final Path folder;
    private List templates;
    private Label description;
    private Text name;
    private Text file;
    private boolean fileEdited;

    public NewDomainPage(Path folder) {
        super("newDomain", "New Domain", null);
        this.folder = folder;
        setDescription("Write a new libvirt domain XML file from a template and open it; no daemon is needed.");
    }

    @Override
    public void createControl(Composite parent) {
        Composite c = new Composite(parent, SWT.NONE);
        GridLayoutFactory.swtDefaults().numColumns(3).applyTo(c);
        new Label(c, SWT.NONE).setText("Template:");
        templates = new List(c, SWT.SINGLE | SWT.BORDER);
        DomainTemplate.ALL.forEach(t -> templates.add(t.label()));
        templates.select(0);
        GridDataFactory.fillDefaults().grab(true, false).span(2, 1).applyTo(templates);
        new Label(c, SWT.NONE);
        description = new Label(c, SWT.WRAP);
        GridDataFactory.fillDefaults().grab(true, false).span(2, 1).hint(300, SWT.DEFAULT).applyTo(description);
        new Label(c, SWT.NONE).setText("Name:");
        name = new Text(c, SWT.BORDER);
        GridDataFactory.fillDefaults().grab(true, false).span(2, 1).applyTo(name);
        new Label(c, SWT.NONE).setText("File:");
        file = new Text(c, SWT.BORDER);
        GridDataFactory.fillDefaults().grab(true, false).applyTo(file);
        Button browse = new Button(c, SWT.PUSH);
        browse.setText("Browse\u2026");
        browse.addListener(SWT.Selection, e -> browse());
        templates.addListener(SWT.Selection, e -> validate());
        // Until the user edits the path, it follows the name.
        name.addListener(SWT.Modify, e -> {
            if (!fileEdited) {
                file.setText(folder.resolve(name.getText().trim() + ".xml").toString());
                fileEdited = false;
            }
            validate();
        });
        file.addListener(SWT.Modify, e -> validate());
        file.addListener(SWT.KeyDown, e -> fileEdited = true);
        name.setText("new-domain");
        setControl(c);
        validate();
    }

    private void browse() {
        FileDialog d = new FileDialog(getShell(), SWT.SAVE);
        d.setFilterExtensions(new String[] { "*.xml" });
        d.setFileName(name.getText().trim() + ".xml");
        d.setFilterPath(folder.toString());
        String chosen = d.open();
        if (chosen != null) {
            fileEdited = true;
            file.setText(chosen);
        }
    }

    private void validate() {
        DomainTemplate t = getTemplate();
        description.setText(t == null ? "" : t.description());
        String problem = problem();
        setErrorMessage(problem);
        setPageComplete(problem == null);
    }

    private String problem() {
        String n = name.getText().trim();
        if (getTemplate() == null) {
            return "Choose a template.";
        }
        if (n.isEmpty() || n.contains("/")) {
            return "A domain needs a name without '/'.";
        }
        Path p = getFile();
        if (p == null) {
            return "Give the path of the file to write.";
        }
        if (Files.exists(p)) {
            return p + " exists already; choose another file.";
        }
        return p.getParent() != null && !Files.isDirectory(p.getParent()) ? "There is no folder " + p.getParent() + "." : null;
    }

    public DomainTemplate getTemplate() {
        int i = templates.getSelectionIndex();
        return i < 0 ? null : DomainTemplate.ALL.get(i);
    }

    public String getDomainName() {
        return name.getText().trim();
    }

    /** The chosen file, absolute; null when the text is not a path. */
    public Path getFile() {
        try {
            String f = file.getText().trim();
            return f.isEmpty() ? null : Path.of(f).toAbsolutePath().normalize();
        } catch (InvalidPathException e) {
            return null; // validate() says so
        }
    }
}
