package org.vdevstudio.ui.forms;

import org.eclipse.swt.widgets.Composite;
import org.eclipse.ui.forms.widgets.FormToolkit;
import org.vdevstudio.model.domain.Hostdev;
import org.vdevstudio.model.domain.HostdevType;
import org.vdevstudio.model.domain.Interface;

/**
 * The Host devices page's master/details: every host device on the left; on the right the
 * details of a {@code <hostdev>} by its type, or for a hostdev interface a link to the
 * Interfaces page (the interface owns that device, and it has one editor).
 */
public class HostDevicesBlock extends DeviceBlock {

    private static final String INTERFACE_KEY = "interface-link";
    private static final String OTHER_KEY = "other";

    private final DeviceNavigator navigator;

    public HostDevicesBlock(DetailsContext details, DeviceNavigator navigator) {
        super(details);
        this.navigator = navigator;
    }

    @Override
    protected DeviceMasterSection<?> createMaster(Composite parent, FormToolkit toolkit) {
        return new HostDevicesMasterSection(parent, toolkit, details);
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
    protected DeviceDetailsPage createPage(Object key) {
        if (key instanceof HostdevType t) {
            return switch (t) {
                case PCI -> new PciHostdevDetails(details);
                case USB -> new UsbHostdevDetails(details);
                case SCSI -> new ScsiHostdevDetails(details);
                case SCSI_HOST -> new ScsiHostHostdevDetails(details);
                default -> new MdevHostdevDetails(details);
            };
        }
        return INTERFACE_KEY.equals(key) ? new HostdevInterfaceLink(details, navigator) : new OtherHostdevDetails(details);
    }

    public HostDevicesMasterSection getMaster() {
        return (HostDevicesMasterSection) master();
    }
}
