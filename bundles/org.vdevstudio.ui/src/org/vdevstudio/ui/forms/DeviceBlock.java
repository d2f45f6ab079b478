package org.vdevstudio.ui.forms;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.eclipse.emf.common.command.Command;
import org.eclipse.emf.common.command.CommandStackListener;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.ui.forms.DetailsPart;
import org.eclipse.ui.forms.IDetailsPage;
import org.eclipse.ui.forms.IDetailsPageProvider;
import org.eclipse.ui.forms.IManagedForm;
import org.eclipse.ui.forms.MasterDetailsBlock;
import org.eclipse.ui.forms.widgets.FormToolkit;
import org.vdevstudio.ui.editor.FormLayouts;

/**
 * A page's master/details: the device table on the left, the details of the selected device on
 * the right, one details page per kind of device. After every command the table and the fields
 * show the model again, and the header its status.
 */
public abstract class DeviceBlock extends MasterDetailsBlock implements IDetailsPageProvider {

    protected final DetailsContext details;
    private final Map<Object, DeviceDetailsPage> pages = new HashMap<>();
    private final CommandStackListener stackListener = e -> modelChanged();
    private DeviceMasterSection<?> master;
    private FormHeader header;

    protected DeviceBlock(DetailsContext details) {
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
        header.updateNow();
    }

    /** The table of devices, with its buttons. */
    protected abstract DeviceMasterSection<?> createMaster(Composite parent, FormToolkit toolkit);

    /** The details page for a key of {@link #getPageKey(Object)}; made once per key. */
    protected abstract DeviceDetailsPage createPage(Object key);

    @Override
    protected void createMasterPart(IManagedForm managedForm, Composite parent) {
        master = createMaster(parent, managedForm.getToolkit());
        master.setDetailsKey(this::getPageKey);
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
    public IDetailsPage getPage(Object key) {
        return pages.computeIfAbsent(key, this::createPage);
    }

    protected DeviceMasterSection<?> master() {
        return master;
    }

    public FormHeader getHeader() {
        return header;
    }

    /** The details page shown beside the table, or null. */
    public IDetailsPage getCurrentDetails() {
        return detailsPart == null ? null : detailsPart.getCurrentPage();
    }

    /** Puts the cursor in the field of the shown device that edits {@code feature}; false when no field does. */
    public boolean focusField(EStructuralFeature feature) {
        return detailsPart.getCurrentPage() instanceof DeviceDetailsPage p && p.focusField(feature);
    }

    private void modelChanged() {
        if (master == null || master.getSection().isDisposed()) {
            return;
        }
        // Rows first (this re-sends the selection when the page must change: a changed type), then
        // the fields; only the rows of the devices the command changed when no device came or went.
        Command last = details.domain().getCommandStack().getMostRecentCommand();
        master.refresh(last == null ? List.of() : last.getAffectedObjects());
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
