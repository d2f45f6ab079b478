package org.vdevstudio.core.validation;

import java.util.ArrayList;
import java.util.List;

import org.eclipse.emf.ecore.EEnum;
import org.eclipse.emf.ecore.EEnumLiteral;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.emf.ecore.util.ExtendedMetaData;
import org.vdevstudio.core.HostDevice;
import org.vdevstudio.model.domain.Devices;
import org.vdevstudio.model.domain.Domain;
import org.vdevstudio.model.domain.Hostdev;
import org.vdevstudio.model.domain.Interface;

/** Names of model objects the way an administrator reads a domain: "interface 2 (MAC …)". */
public final class Labels {

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
        List<String> path = new ArrayList<>();
        EObject e = o;
        while (e != null && e.eContainer() != null && !(e instanceof Interface) && !(e instanceof Hostdev)
                && !(e instanceof Domain) && !(e instanceof Devices)) {
            path.add(0, xmlName(e.eContainingFeature()));
            e = e.eContainer();
        }
        String inner = String.join("/", path);
        String device = e instanceof Interface i ? describe(i) : e instanceof Hostdev h ? describe(h) : "domain";
        return inner.isEmpty() ? device : device + " " + inner;
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
