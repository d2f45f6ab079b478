package org.vdevstudio.ui.outline;

import java.util.ArrayList;
import java.util.List;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.jface.viewers.ITreeContentProvider;
import org.eclipse.jface.viewers.LabelProvider;
import org.vdevstudio.core.io.DomainResource;
import org.vdevstudio.core.validation.Labels;
import org.vdevstudio.model.domain.Devices;
import org.vdevstudio.model.domain.Domain;
import org.vdevstudio.model.domain.Hostdev;
import org.vdevstudio.model.domain.Interface;

/**
 * The outline's tree: the domain, its devices in document order, and inside each device its
 * elements. The input is the resource, since a source edit replaces the domain object.
 */
public final class DeviceTreeProvider extends LabelProvider implements ITreeContentProvider {

    @Override
    public Object[] getElements(Object input) {
        return input instanceof DomainResource r && r.getDomain() != null ? new Object[] { r.getDomain() } : new Object[0];
    }

    @Override
    public Object[] getChildren(Object parent) {
        if (parent instanceof Domain d) {
            return d.getDevices() == null ? new Object[0] : d.getDevices().eContents().toArray();
        }
        return parent instanceof EObject o ? o.eContents().toArray() : new Object[0];
    }

    @Override
    public Object getParent(Object element) {
        if (!(element instanceof EObject o) || o.eContainer() == null) {
            return null;
        }
        // The <devices> element itself is not a node: devices hang under the domain.
        return o.eContainer() instanceof Devices devices ? devices.eContainer() : o.eContainer();
    }

    @Override
    public boolean hasChildren(Object element) {
        return getChildren(element).length > 0;
    }

    @Override
    public String getText(Object element) {
        if (element instanceof Domain d) {
            return "domain " + (d.getName() == null ? "" : d.getName()) + (d.isSetType() ? " (" + d.getType().getLiteral() + ")" : "");
        }
        if (element instanceof Interface i) {
            return Labels.describe(i);
        }
        if (element instanceof Hostdev h) {
            return Labels.describe(h);
        }
        if (element instanceof EObject o && o.eContainmentFeature() != null) {
            return Labels.xmlName(o.eContainmentFeature()) + attributes(o);
        }
        return String.valueOf(element);
    }

    /** The set attributes of a small element, as the XML shows them: " type=pci bus=0x03". */
    private static String attributes(EObject o) {
        List<String> parts = new ArrayList<>();
        for (var a : o.eClass().getEAllAttributes()) {
            if (!a.isMany() && o.eIsSet(a) && !org.eclipse.emf.ecore.util.FeatureMapUtil.isFeatureMap(a)) {
                parts.add(Labels.xmlName(a) + "=" + o.eGet(a));
            }
        }
        return parts.isEmpty() ? "" : " " + String.join(" ", parts);
    }
}
