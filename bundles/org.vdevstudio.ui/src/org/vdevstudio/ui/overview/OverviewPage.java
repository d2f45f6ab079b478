package org.vdevstudio.ui.overview;

import org.eclipse.core.databinding.DataBindingContext;
import org.eclipse.jface.databinding.swt.DisplayRealm;
import org.eclipse.ui.forms.IManagedForm;
import org.eclipse.ui.forms.editor.FormPage;
import org.vdevstudio.ui.editor.DomainEditor;
import org.vdevstudio.ui.forms.DetailsContext;

/** The Overview page: a thin page around {@link OverviewContent}. */
public class OverviewPage extends FormPage {

    public static final String ID = "overview";

    private final DomainEditor editor;
    private OverviewContent content;

    public OverviewPage(DomainEditor editor) {
        super(editor, ID, "Overview");
        this.editor = editor;
    }

    @Override
    protected void createFormContent(IManagedForm managedForm) {
        managedForm.getForm().setText("Overview");
        managedForm.getToolkit().decorateFormHeading(managedForm.getForm().getForm());
        content = new OverviewContent(new DetailsContext(editor.getEditingDomain(), editor.getResource(),
                new DataBindingContext(DisplayRealm.getRealm(managedForm.getForm().getDisplay()))));
        content.createContent(managedForm, editor::getOrigin, editor::reveal, editor::setActivePage);
    }

    @Override
    public void setActive(boolean active) {
        super.setActive(active);
        // Save As changes the file without a command; a hidden page left its sections stale.
        if (active && content != null) {
            content.refreshNow();
        }
    }

    @Override
    public void dispose() {
        if (content != null) {
            content.dispose();
        }
        super.dispose();
    }
}
