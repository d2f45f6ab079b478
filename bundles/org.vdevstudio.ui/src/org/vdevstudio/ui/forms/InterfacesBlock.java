package org.vdevstudio.ui.forms;

import java.util.HashMap;
import java.util.Map;

import org.eclipse.emf.common.command.CommandStackListener;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.ui.forms.DetailsPart;
import org.eclipse.ui.forms.IDetailsPage;
import org.eclipse.ui.forms.IDetailsPageProvider;
import org.eclipse.ui.forms.IManagedForm;
import org.eclipse.ui.forms.MasterDetailsBlock;
import org.vdevstudio.model.domain.Interface;
import org.vdevstudio.model.domain.InterfaceType;
import org.vdevstudio.ui.editor.FormLayouts;

/**
 * The Interfaces page's master/details: the table on the left, on the right the details of the
 * selected interface, one page for hostdev interfaces (SR-IOV VFs) and one for all other types.
 * After every command the table and the fields show the model again, and the header its status.
 */
public class InterfacesBlock extends MasterDetailsBlock implements IDetailsPageProvider {

    private final DetailsContext details;
    private final Map<Object, DeviceDetailsPage> pages = new HashMap<>();
    private final CommandStackListener stackListener = e -> modelChanged();
    private InterfacesMasterSection master;
    private FormHeader header;

    public InterfacesBlock(DetailsContext details) {
        this.details = details;
    }

    @Override
    public void createContent(IManagedForm managedForm) {
        managedForm.getForm().getBody().setLayout(FormLayouts.pageBody(1));
        super.createContent(managedForm);
        sashForm.setOrientation(SWT.HORIZONTAL);
        sashForm.setWeights(2, 3);
        header = new FormHeader(managedForm.getForm(), details);
        details.domain().getCommandStack().addCommandStackListener(stackListener);
        header.update();
    }

    @Override
    protected void createMasterPart(IManagedForm managedForm, Composite parent) {
        master = new InterfacesMasterSection(parent, managedForm.getToolkit(), details);
        managedForm.addPart(master);
    }

    @Override
    protected void registerPages(DetailsPart part) {
        part.setPageProvider(this);
    }

    @Override
    protected void createToolBarActions(IManagedForm managedForm) {
        // the buttons beside the table are the actions
    }

    @Override
    public Object getPageKey(Object object) {
        return object instanceof Interface i && i.isSetType() && i.getType() == InterfaceType.HOSTDEV
                ? HostdevInterfaceDetails.KEY : InterfaceDetails.KEY;
    }

    @Override
    public IDetailsPage getPage(Object key) {
        return pages.computeIfAbsent(key, k -> HostdevInterfaceDetails.KEY.equals(k)
                ? new HostdevInterfaceDetails(details) : new InterfaceDetails(details));
    }

    public InterfacesMasterSection getMaster() {
        return master;
    }

    public FormHeader getHeader() {
        return header;
    }

    private void modelChanged() {
        if (master == null || master.getSection().isDisposed()) {
            return;
        }
        // Rows first (this also re-sends the selection, so a changed type changes the page), then the fields.
        master.refresh();
        for (DeviceDetailsPage p : pages.values()) {
            if (p.getManagedForm() != null) {
                p.refresh();
            }
        }
        header.update();
    }

    public void dispose() {
        details.domain().getCommandStack().removeCommandStackListener(stackListener);
        if (header != null) {
            header.dispose();
        }
        details.bindings().dispose();
    }
}
