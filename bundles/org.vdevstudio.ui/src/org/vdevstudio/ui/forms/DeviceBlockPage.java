package org.vdevstudio.ui.forms;

import org.eclipse.core.databinding.DataBindingContext;
import org.eclipse.jface.databinding.swt.DisplayRealm;
import org.eclipse.ui.forms.IManagedForm;
import org.eclipse.ui.forms.editor.FormPage;
import org.vdevstudio.ui.editor.DomainEditor;

/** A thin page around a {@link DeviceBlock}; the selected device goes to the workbench (Properties view). */
public abstract class DeviceBlockPage<B extends DeviceBlock> extends FormPage {

    protected final DomainEditor editor;
    private B block;

    protected DeviceBlockPage(DomainEditor editor, String id, String title) {
        super(editor, id, title);
        this.editor = editor;
    }

    /** The block of this page, on the editor's editing domain and resource. */
    protected abstract B createBlock(DetailsContext details);

    @Override
    protected void createFormContent(IManagedForm managedForm) {
        managedForm.getForm().setText(getTitle());
        managedForm.getToolkit().decorateFormHeading(managedForm.getForm().getForm());
        block = createBlock(new DetailsContext(editor.getEditingDomain(), editor.getResource(),
                new DataBindingContext(DisplayRealm.getRealm(managedForm.getForm().getDisplay()))));
        block.createContent(managedForm);
        block.master().getViewer()
                .addSelectionChangedListener(e -> editor.deviceSelected(e.getStructuredSelection().getFirstElement()));
    }

    /** The master/details, once the page has been shown (null before). */
    public B getBlock() {
        return block;
    }

    @Override
    public void dispose() {
        if (block != null) {
            block.dispose();
        }
        super.dispose();
    }
}
