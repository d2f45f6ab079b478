package org.vdevstudio.ui.forms;

import org.eclipse.core.databinding.DataBindingContext;
import org.eclipse.jface.databinding.swt.DisplayRealm;
import org.eclipse.ui.forms.IManagedForm;
import org.eclipse.ui.forms.editor.FormPage;
import org.vdevstudio.ui.editor.DomainEditor;

/** The Interfaces page: a thin page around {@link InterfacesBlock}. */
public class InterfacesPage extends FormPage {

    public static final String ID = "interfaces";

    private final DomainEditor editor;
    private InterfacesBlock block;

    public InterfacesPage(DomainEditor editor) {
        super(editor, ID, "Interfaces");
        this.editor = editor;
    }

    @Override
    protected void createFormContent(IManagedForm managedForm) {
        managedForm.getForm().setText("Interfaces");
        managedForm.getToolkit().decorateFormHeading(managedForm.getForm().getForm());
        block = new InterfacesBlock(new DetailsContext(editor.getEditingDomain(), editor.getResource(),
                new DataBindingContext(DisplayRealm.getRealm(managedForm.getForm().getDisplay()))));
        block.createContent(managedForm);
        block.getMaster().getViewer()
                .addSelectionChangedListener(e -> editor.deviceSelected(e.getStructuredSelection().getFirstElement()));
    }

    /** The master/details, once the page has been shown (null before). */
    public InterfacesBlock getBlock() {
        return block;
    }

    /** Selects the interface in the master list (for the Problems view); false before the page is built. */
    public boolean select(org.vdevstudio.model.domain.Interface i) {
        if (block == null) {
            return false;
        }
        block.getMaster().select(i);
        return true;
    }

    @Override
    public void dispose() {
        if (block != null) {
            block.dispose();
        }
        super.dispose();
    }
}
