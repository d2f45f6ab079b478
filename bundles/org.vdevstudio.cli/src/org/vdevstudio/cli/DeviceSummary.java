package org.vdevstudio.cli;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;

import org.eclipse.emf.ecore.EAttribute;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.emf.ecore.util.FeatureMap;
import org.eclipse.emf.ecore.util.FeatureMapUtil;
import org.vdevstudio.core.HostDevice;
import org.vdevstudio.core.HostDevices;
import org.vdevstudio.core.validation.Labels;
import org.vdevstudio.model.domain.Domain;
import org.vdevstudio.model.domain.Interface;
import org.vdevstudio.model.domain.InterfaceSource;
import org.vdevstudio.model.domain.InterfaceVlan;
import org.vdevstudio.model.domain.InterfaceVlanTag;
import org.vdevstudio.model.domain.InterfaceVlanTrunk;

/**
 * What {@code vdev show} reports about a domain, as plain values: its interfaces and all its host
 * devices (each {@code <hostdev>} and each hostdev interface's device, which so appears in both
 * lists). Indexes are 1-based, as in {@link org.vdevstudio.core.validation.Labels}.
 */
record DeviceSummary(String name, String uuid, List<InterfaceRow> interfaces, List<HostDeviceRow> hostdevs) {

    /** {@code source} is in libvirt's words: "network default", "bridge br0", "pci 0000:3b:02.0". */
    record InterfaceRow(int index, String type, String mac, String source, String model, Vlan vlan) {
    }

    /** {@code id} is text because a value the model could not hold is kept raw. */
    record VlanTag(String id, String nativeMode) {
    }

    record Vlan(boolean trunk, List<VlanTag> tags) {
    }

    /** {@code interfaceIndex} is the index of the owning interface, or null for a {@code <hostdev>}. */
    record HostDeviceRow(int index, String kind, boolean managed, String source, Integer interfaceIndex) {

        boolean isInterface() {
            return interfaceIndex != null;
        }
    }

    static DeviceSummary of(Domain domain) {
        List<InterfaceRow> interfaces = new ArrayList<>();
        List<Interface> ifaces = domain.getDevices() == null ? List.of() : domain.getDevices().getInterfaces();
        for (int i = 0; i < ifaces.size(); i++) {
            interfaces.add(row(i + 1, ifaces.get(i)));
        }
        List<HostDeviceRow> hostdevs = new ArrayList<>();
        List<HostDevice> devices = HostDevices.of(domain);
        for (int i = 0; i < devices.size(); i++) {
            HostDevice d = devices.get(i);
            Integer owner = d.isInterface() ? ifaces.indexOf(d.getInterface()) + 1 : null;
            hostdevs.add(new HostDeviceRow(i + 1, kind(d), d.isManaged(), d.describeSource(), owner));
        }
        return new DeviceSummary(domain.getName(), domain.getUuid(), interfaces, hostdevs);
    }

    private static InterfaceRow row(int index, Interface i) {
        String type = i.isSetType() ? i.getType().getLiteral() : raw(i, "type");
        String mac = i.getMac() == null ? null : i.getMac().getAddress();
        HostDevice hostdev = HostDevice.of(i);
        String source = hostdev != null ? hostdev.describeSource() : describe(i.getSource());
        String model = i.getModel() == null ? null : i.getModel().getType();
        return new InterfaceRow(index, type, mac, source, model, vlan(i.getVlan()));
    }

    private static String kind(HostDevice d) {
        if (d.getKind() == HostDevice.Kind.UNKNOWN && d.getHostdev() != null) {
            return raw(d.getHostdev(), "type"); // a type this model does not know, kept raw
        }
        return d.getKind().name().toLowerCase(Locale.ROOT);
    }

    /** The attributes that say what an interface is plugged into come first, then the details. */
    private static final List<String> SOURCE_ORDER = List.of("network", "portgroup", "bridge", "dev", "type", "path",
            "mode", "name", "address", "port", "switchid", "portgroupid");

    /**
     * The attributes of {@code <source>} as "name value" pairs: "network mgmt portgroup web",
     * "dev eth0 mode vepa", "type unix path /run/x mode server", "address 230.0.0.1 port 5558".
     */
    private static String describe(InterfaceSource source) {
        if (source == null) {
            return null;
        }
        List<EAttribute> attributes = new ArrayList<>(source.eClass().getEAllAttributes());
        attributes.sort(Comparator.comparingInt(a -> {
            int i = SOURCE_ORDER.indexOf(Labels.xmlName(a));
            return i < 0 ? SOURCE_ORDER.size() : i;
        }));
        List<String> parts = new ArrayList<>();
        for (EAttribute a : attributes) {
            if (FeatureMapUtil.isFeatureMap(a) || !source.eIsSet(a)) {
                continue;
            }
            Object value = source.eGet(a);
            String text = a.getEAttributeType().getEPackage().getEFactoryInstance()
                    .convertToString(a.getEAttributeType(), value);
            parts.add(Labels.xmlName(a) + " " + text);
        }
        for (FeatureMap.Entry e : source.getAnyAttribute()) {
            parts.add(Labels.xmlName(e.getEStructuralFeature()) + " " + e.getValue());
        }
        return parts.isEmpty() ? null : String.join(" ", parts);
    }

    private static Vlan vlan(InterfaceVlan v) {
        if (v == null) {
            return null;
        }
        List<VlanTag> tags = new ArrayList<>();
        for (InterfaceVlanTag t : v.getTags()) {
            String id = t.getId() != null ? t.getId().toString() : raw(t, "id");
            String nativeMode = t.isSetNativeMode() ? t.getNativeMode().getLiteral() : raw(t, "nativeMode");
            tags.add(new VlanTag(id, nativeMode));
        }
        return new Vlan(v.isSetTrunk() && v.getTrunk() == InterfaceVlanTrunk.YES, tags);
    }

    /** A value the model kept verbatim because its type could not hold it (see DomainResource). */
    private static String raw(EObject o, String name) {
        EStructuralFeature wildcard = o.eClass().getEStructuralFeature("anyAttribute");
        if (wildcard == null) {
            return null;
        }
        for (FeatureMap.Entry e : (FeatureMap) o.eGet(wildcard)) {
            if (name.equals(Labels.xmlName(e.getEStructuralFeature()))) {
                return String.valueOf(e.getValue());
            }
        }
        return null;
    }
}
