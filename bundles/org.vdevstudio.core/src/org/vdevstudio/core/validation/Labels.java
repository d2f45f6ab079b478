package org.vdevstudio.core.validation;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.eclipse.emf.ecore.EEnum;
import org.eclipse.emf.ecore.EEnumLiteral;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.emf.ecore.util.ExtendedMetaData;
import org.vdevstudio.core.HostDevice;
import org.vdevstudio.model.domain.Devices;
import org.vdevstudio.model.domain.Domain;
import org.vdevstudio.model.domain.DomainPackage.Literals;
import org.vdevstudio.model.domain.Hostdev;
import org.vdevstudio.model.domain.Interface;

/** Names of model objects the way an administrator reads a domain: "interface 2 (MAC …)". */
public final class Labels {

    private static final Map<EStructuralFeature, String> FIELD_NAMES = Map.of(
            Literals.INTERFACE_VLAN_TAG__ID, "VLAN tag",
            Literals.INTERFACE_MTU__SIZE, "MTU",
            Literals.DEVICE_BOOT__ORDER, "boot order");

    private Labels() {
    }

    /** The XML name of a feature ("nativeMode", "interface"). */
    public static String xmlName(EStructuralFeature f) {
        if (f == null) {
            return "?";
        }
        String n = f.getEContainingClass() == null ? null : ExtendedMetaData.INSTANCE.getName(f);
        return n == null ? f.getName() : n;
    }

    /** " (expected one of: a, b)" for an enum feature, else "". */
    public static String choices(EStructuralFeature f) {
        if (!(f.getEType() instanceof EEnum e)) {
            return "";
        }
        List<String> l = new ArrayList<>();
        for (EEnumLiteral lit : e.getELiterals()) {
            l.add(lit.getLiteral());
        }
        return " (expected one of: " + String.join(", ", l) + ")";
    }

    /** The object, within its device when it is inside one: "interface 2 (MAC 52:54:00:12:34:56) vlan/tag". */
    public static String describe(EObject o) {
        EObject e = deviceOf(o);
        String inner = innerPath(o);
        String device = e instanceof Interface i ? describe(i) : e instanceof Hostdev h ? describe(h) : "domain";
        return inner.isEmpty() ? device : device + " " + inner;
    }

    /**
     * What an attribute is called in a message about its value: the name libvirt's documentation
     * uses for the well-known ones ("VLAN tag"), else its path in the device ("mtu 'size'").
     */
    public static String field(EObject o, EStructuralFeature f) {
        String known = FIELD_NAMES.get(f);
        if (known != null) {
            return known;
        }
        String inner = innerPath(o);
        return (inner.isEmpty() ? "" : inner + " ") + "'" + xmlName(f) + "'";
    }

    /** The device around an object, for the end of a message: "interface 2, MAC 52:54:00:12:34:56". */
    public static String identify(EObject o) {
        EObject e = deviceOf(o);
        if (e instanceof Interface i) {
            String mac = i.getMac() == null ? null : i.getMac().getAddress();
            return "interface " + index(i) + (mac != null ? ", MAC " + mac
                    : i.isSetType() ? ", type " + i.getType().getLiteral() : "");
        }
        return e instanceof Hostdev h ? "hostdev " + index(h) + ", " + HostDevice.of(h).describeSource() : "domain";
    }

    /** The interface or hostdev that holds {@code o} (or is it), else the outermost object below the devices. */
    private static EObject deviceOf(EObject o) {
        EObject e = o;
        while (e != null && e.eContainer() != null && !isDeviceOrAbove(e)) {
            e = e.eContainer();
        }
        return e;
    }

    /** The element names from the device down to {@code o}: "vlan/tag". */
    private static String innerPath(EObject o) {
        List<String> path = new ArrayList<>();
        for (EObject e = o; e != null && e.eContainer() != null && !isDeviceOrAbove(e); e = e.eContainer()) {
            path.add(0, xmlName(e.eContainingFeature()));
        }
        return String.join("/", path);
    }

    private static boolean isDeviceOrAbove(EObject e) {
        return e instanceof Interface || e instanceof Hostdev || e instanceof Domain || e instanceof Devices;
    }

    public static String describe(Interface i) {
        StringBuilder b = new StringBuilder("interface ").append(index(i));
        String mac = i.getMac() == null ? null : i.getMac().getAddress();
        if (mac != null) {
            b.append(" (MAC ").append(mac).append(')');
        } else if (i.isSetType()) {
            b.append(" (type ").append(i.getType().getLiteral()).append(')');
        }
        return b.toString();
    }

    public static String describe(Hostdev h) {
        return "hostdev " + index(h) + " (" + HostDevice.of(h).describeSource() + ")";
    }

    /** 1-based position among the devices of its kind. */
    private static int index(EObject device) {
        return device.eContainer() instanceof Devices d
                ? (device instanceof Interface ? d.getInterfaces().indexOf(device) : d.getHostdevs().indexOf(device)) + 1
                : 1;
    }
}
