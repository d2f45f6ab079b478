package org.vdevstudio.ui.forms;

import org.eclipse.swt.widgets.Composite;
import org.eclipse.ui.forms.widgets.FormToolkit;
import org.vdevstudio.model.domain.Interface;
import org.vdevstudio.model.domain.InterfaceType;

/**
 * The Interfaces page's master/details: the table on the left, on the right the details of the
 * selected interface, one page for hostdev interfaces (SR-IOV VFs) and one for all other types.
 */
public class InterfacesBlock extends DeviceBlock {

    public InterfacesBlock(DetailsContext details) {
        super(details);
    }

    @Override
    protected DeviceMasterSection<?> createMaster(Composite parent, FormToolkit toolkit) {
        return new InterfacesMasterSection(parent, toolkit, details);
    }

    @Override
    public Object getPageKey(Object object) {
        return object instanceof Interface i && i.isSetType() && i.getType() == InterfaceType.HOSTDEV
                ? HostdevInterfaceDetails.KEY : InterfaceDetails.KEY;
    }

    @Override
    protected DeviceDetailsPage createPage(Object key) {
        return HostdevInterfaceDetails.KEY.equals(key) ? new HostdevInterfaceDetails(details) : new InterfaceDetails(details);
    }

    public InterfacesMasterSection getMaster() {
        return (InterfacesMasterSection) master();
    }
}
