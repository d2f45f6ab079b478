package org.vdevstudio.ui.forms;

import org.eclipse.core.databinding.DataBindingContext;
import org.eclipse.jface.databinding.swt.DisplayRealm;
import org.eclipse.ui.forms.IManagedForm;
import org.eclipse.ui.forms.editor.FormPage;
import org.vdevstudio.ui.editor.DomainEditor;

/** The Host devices page: a thin page around {@link HostDevicesBlock}. */
public class HostDevicesPage extends FormPage {

    public static final String ID = "hostdevs";

    private final DomainEditor editor;
    private HostDevicesBlock block;

    public HostDevicesPage(DomainEditor editor) {
        super(editor, ID, "Host devices");
        this.editor = editor;
    }

    @Override
    protected void createFormContent(IManagedForm managedForm) {
        managedForm.getForm().setText("Host devices");
        managedForm.getToolkit().decorateFormHeading(managedForm.getForm().getForm());
        block = new HostDevicesBlock(new DetailsContext(editor.getEditingDomain(), editor.getResource(),
                new DataBindingContext(DisplayRealm.getRealm(managedForm.getForm().getDisplay()))), editor::reveal);
        block.createContent(managedForm);
        block.getMaster().getViewer()
                .addSelectionChangedListener(e -> editor.deviceSelected(e.getStructuredSelection().getFirstElement()));
    }

    /** The master/details, once the page has been shown (null before). */
    public HostDevicesBlock getBlock() {
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
