package org.vdevstudio.ui.editor;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.ui.forms.editor.IFormPage;
import org.vdevstudio.model.domain.Hostdev;
import org.vdevstudio.model.domain.Interface;
import org.vdevstudio.ui.forms.HostDevicesPage;
import org.vdevstudio.ui.forms.InterfacesPage;

/** Which page edits a device, and selecting it there (for links, the outline and the overview). */
final class DeviceReveal {

    private DeviceReveal() {
    }

    static boolean reveal(DomainEditor editor, EObject target) {
        EObject device = target;
        while (device != null && !(device instanceof Interface) && !(device instanceof Hostdev)) {
            device = device.eContainer();
        }
        if (device instanceof Interface i) {
            IFormPage page = editor.setActivePage(InterfacesPage.ID);
            if (page instanceof InterfacesPage p && p.getBlock() != null) {
                p.getBlock().getMaster().select(i);
                return true;
            }
        } else if (device instanceof Hostdev h) {
            IFormPage page = editor.setActivePage(HostDevicesPage.ID);
            return page instanceof HostDevicesPage p && p.getBlock() != null && p.getBlock().getMaster().selectOwner(h);
        }
        return false;
    }
}
