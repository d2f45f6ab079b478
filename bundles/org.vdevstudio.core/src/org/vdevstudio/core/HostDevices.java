package org.vdevstudio.core;

import java.util.AbstractList;
import java.util.ArrayList;
import java.util.List;

import org.eclipse.emf.common.notify.Notification;
import org.eclipse.emf.ecore.util.EContentAdapter;
import org.eclipse.emf.ecore.util.FeatureMap;
import org.vdevstudio.model.domain.Devices;
import org.vdevstudio.model.domain.Domain;
import org.vdevstudio.model.domain.DomainPackage;
import org.vdevstudio.model.domain.Hostdev;
import org.vdevstudio.model.domain.Interface;

/**
 * All host devices of a domain: every {@code <hostdev>} and the host device of every
 * {@code <interface type='hostdev'>}, in document order. Like libvirt's {@code def->hostdevs},
 * the list shows the interfaces' devices without owning them; unlike a copy, it follows edits:
 * it is recomputed after any change below the domain.
 */
public final class HostDevices extends AbstractList<HostDevice> {

    private final Domain domain;
    private List<HostDevice> current;

    private HostDevices(Domain domain) {
        this.domain = domain;
    }

    /** The live view for {@code domain} (one per domain; it stays attached as an adapter). */
    public static List<HostDevice> of(Domain domain) {
        for (Object a : domain.eAdapters()) {
            if (a instanceof Tracker t) {
                return t.view;
            }
        }
        HostDevices view = new HostDevices(domain);
        domain.eAdapters().add(new Tracker(view));
        return view;
    }

    /** A snapshot, computed once: for a single pass where no adapter is wanted. */
    public static List<HostDevice> snapshot(Domain domain) {
        return compute(domain);
    }

    @Override
    public HostDevice get(int index) {
        return current().get(index);
    }

    @Override
    public int size() {
        return current().size();
    }

    private synchronized List<HostDevice> current() {
        if (current == null) {
            current = compute(domain);
        }
        return current;
    }

    private synchronized void invalidate() {
        current = null;
    }

    private static List<HostDevice> compute(Domain domain) {
        List<HostDevice> result = new ArrayList<>();
        Devices devices = domain.getDevices();
        if (devices == null) {
            return result;
        }
        // The mixed map holds the devices in document order.
        for (FeatureMap.Entry e : devices.getMixed()) {
            if (e.getEStructuralFeature() == DomainPackage.Literals.DEVICES__HOSTDEVS) {
                result.add(HostDevice.of((Hostdev) e.getValue()));
            } else if (e.getEStructuralFeature() == DomainPackage.Literals.DEVICES__INTERFACES) {
                HostDevice d = HostDevice.of((Interface) e.getValue());
                if (d != null) {
                    result.add(d);
                }
            }
        }
        return List.copyOf(result);
    }

    /** Drops the cached list when anything under the domain changes. */
    private static final class Tracker extends EContentAdapter {
        final HostDevices view;

        Tracker(HostDevices view) {
            this.view = view;
        }

        @Override
        public void notifyChanged(Notification n) {
            super.notifyChanged(n);
            if (!n.isTouch()) {
                view.invalidate();
            }
        }
    }
}
