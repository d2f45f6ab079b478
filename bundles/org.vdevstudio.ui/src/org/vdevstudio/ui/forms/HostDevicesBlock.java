package org.vdevstudio.ui.forms;

import java.util.HashMap;
import java.util.Map;
import java.util.function.Function;

import org.eclipse.emf.common.command.CommandStackListener;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.ui.forms.DetailsPart;
import org.eclipse.ui.forms.IDetailsPage;
import org.eclipse.ui.forms.IDetailsPageProvider;
import org.eclipse.ui.forms.IManagedForm;
import org.eclipse.ui.forms.MasterDetailsBlock;
import org.vdevstudio.model.domain.Hostdev;
import org.vdevstudio.model.domain.HostdevType;
import org.vdevstudio.model.domain.Interface;
import org.vdevstudio.ui.editor.FormLayouts;

/**
 * The Host devices page's master/details: every host device on the left; on the right the
 * details of a {@code <hostdev>} by its type, or for a hostdev interface a link to the
 * Interfaces page (the interface owns that device, and it has one editor).
 */
public class HostDevicesBlock extends MasterDetailsBlock implements IDetailsPageProvider {

    private static final String INTERFACE_KEY = "interface-link";
    private static final String OTHER_KEY = "other";

    private final DetailsContext details;
    private final DeviceNavigator navigator;
    private final Map<Object, DeviceDetailsPage> pages = new HashMap<>();
    private final CommandStackListener stackListener = e -> modelChanged();
    private HostDevicesMasterSection master;
    private FormHeader header;

    public HostDevicesBlock(DetailsContext details, DeviceNavigator navigator) {
        this.details = details;
        this.navigator = navigator;
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
        master = new HostDevicesMasterSection(parent, managedForm.getToolkit(), details);
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
        if (object instanceof Interface) {
            return INTERFACE_KEY;
        }
        if (object instanceof Hostdev h && h.isSetType()) {
            HostdevType t = h.getType();
            if (t == HostdevType.PCI || t == HostdevType.USB || t == HostdevType.SCSI || t == HostdevType.SCSI_HOST
                    || t == HostdevType.MDEV) {
                return t;
            }
        }
        return OTHER_KEY;
    }

    @Override
    public IDetailsPage getPage(Object key) {
        Function<Object, DeviceDetailsPage> make = k -> {
            if (k instanceof HostdevType t) {
                return switch (t) {
                    case PCI -> new PciHostdevDetails(details);
                    case USB -> new UsbHostdevDetails(details);
                    case SCSI -> new ScsiHostdevDetails(details);
                    case SCSI_HOST -> new ScsiHostHostdevDetails(details);
                    default -> new MdevHostdevDetails(details);
                };
            }
            return INTERFACE_KEY.equals(k) ? new HostdevInterfaceLink(details, navigator) : new OtherHostdevDetails(details);
        };
        return pages.computeIfAbsent(key, make);
    }

    public HostDevicesMasterSection getMaster() {
        return master;
    }

    public FormHeader getHeader() {
        return header;
    }

    private void modelChanged() {
        if (master == null || master.getSection().isDisposed()) {
            return;
        }
        // Rows first (this also re-sends the selection, so a converted device changes the page), then the fields.
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
