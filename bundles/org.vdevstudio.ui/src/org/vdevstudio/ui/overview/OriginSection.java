package org.vdevstudio.ui.overview;

import java.util.function.Supplier;

import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;
import org.eclipse.ui.forms.SectionPart;
import org.eclipse.ui.forms.widgets.FormToolkit;
import org.eclipse.ui.forms.widgets.Section;
import org.vdevstudio.ui.editor.FormLayouts;

/** Where the document came from: the file, and (once the connector exists) the connection and domain. */
public class OriginSection extends SectionPart {

    private final Supplier<DocumentOrigin> origin;
    private final Label file;
    private final Label connection;

    public OriginSection(Composite parent, FormToolkit toolkit, Supplier<DocumentOrigin> origin) {
        super(parent, toolkit, Section.TITLE_BAR | Section.DESCRIPTION | Section.EXPANDED);
        this.origin = origin;
        Section section = getSection();
        section.setText("Origin");
        section.setDescription("Where this domain XML was read from, and where Save writes it.");
        Composite client = toolkit.createComposite(section);
        client.setLayout(FormLayouts.sectionClient(2));
        toolkit.createLabel(client, "File:");
        file = row(toolkit, client, "file");
        toolkit.createLabel(client, "Connection:");
        connection = row(toolkit, client, "connection");
        section.setClient(client);
        refresh();
    }

    private static Label row(FormToolkit toolkit, Composite client, String name) {
        Label l = toolkit.createLabel(client, "", SWT.WRAP);
        l.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));
        l.setData(org.vdevstudio.ui.forms.FieldBinder.FIELD_KEY, name);
        return l;
    }

    /** After Save As the file differs; after the connector's reload, the connection. */
    @Override
    public void refresh() {
        DocumentOrigin o = origin.get();
        file.setText(o == null || o.file() == null ? "(not saved to a file)" : o.file().toString());
        connection.setText(o == null ? "" : o.describeConnection());
        super.refresh();
    }
}
