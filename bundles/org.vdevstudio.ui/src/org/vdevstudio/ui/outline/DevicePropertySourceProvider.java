package org.vdevstudio.ui.outline;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.edit.domain.EditingDomain;
import org.eclipse.ui.views.properties.IPropertySource;
import org.eclipse.ui.views.properties.IPropertySourceProvider;
import org.vdevstudio.core.HostDevice;
import org.vdevstudio.ui.editor.Row;

/**
 * Property sources for what the editor's pages and the outline select: a device table row, a
 * host device (shown as the element that owns it), or any element of the model.
 */
public final class DevicePropertySourceProvider implements IPropertySourceProvider {

    private final EditingDomain domain;

    public DevicePropertySourceProvider(EditingDomain domain) {
        this.domain = domain;
    }

    @Override
    public IPropertySource getPropertySource(Object object) {
        Object o = object instanceof Row<?> r ? r.device() : object;
        if (o instanceof HostDevice d) {
            o = d.getOwner();
        }
        return o instanceof EObject e ? new ModelPropertySource(domain, e) : null;
    }
}
