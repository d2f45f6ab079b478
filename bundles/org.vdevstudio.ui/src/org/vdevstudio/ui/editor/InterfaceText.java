package org.vdevstudio.ui.editor;

import java.util.ArrayList;
import java.util.List;

import org.vdevstudio.core.HostDevice;
import org.vdevstudio.model.domain.Interface;
import org.vdevstudio.model.domain.InterfaceSource;
import org.vdevstudio.model.domain.InterfaceVlan;
import org.vdevstudio.model.domain.InterfaceVlanTag;
import org.vdevstudio.model.domain.InterfaceVlanTrunk;

/** The cells of an interface row, in libvirt's words. */
final class InterfaceText {

    private InterfaceText() {
    }

    static String type(Interface i) {
        return i.isSetType() ? i.getType().getLiteral() : "";
    }

    static String mac(Interface i) {
        return i.getMac() == null ? "" : i.getMac().getAddress();
    }

    static String model(Interface i) {
        return i.getModel() == null ? "" : i.getModel().getType();
    }

    /** What the interface connects to: "network default", "bridge br0", "dev eth0 (vepa)", "pci 0000:03:10.1". */
    static String source(Interface i) {
        HostDevice hostdev = HostDevice.of(i);
        if (hostdev != null) {
            return hostdev.describeSource();
        }
        InterfaceSource s = i.getSource();
        if (s == null) {
            return "";
        }
        if (s.getNetwork() != null) {
            return "network " + s.getNetwork() + (s.getPortgroup() == null ? "" : " (portgroup " + s.getPortgroup() + ")");
        }
        if (s.getBridge() != null) {
            return "bridge " + s.getBridge();
        }
        if (s.getDev() != null) {
            return "dev " + s.getDev() + (s.getMode() == null ? "" : " (" + s.getMode() + ")");
        }
        if (s.getPath() != null) {
            return "path " + s.getPath();
        }
        if (s.getName() != null) {
            return "name " + s.getName();
        }
        return s.getAddressAttribute() == null ? "" : s.getAddressAttribute() + (s.getPort() == null ? "" : ":" + s.getPort());
    }

    /** "42", "trunk 42, 47 (native untagged)" */
    static String vlan(Interface i) {
        InterfaceVlan v = i.getVlan();
        if (v == null) {
            return "";
        }
        List<String> tags = new ArrayList<>();
        for (InterfaceVlanTag t : v.getTags()) {
            String id = t.getId() == null ? "?" : t.getId().toString();
            tags.add(t.isSetNativeMode() ? id + " (native " + t.getNativeMode().getLiteral() + ")" : id);
        }
        boolean trunk = v.isSetTrunk() && v.getTrunk() == InterfaceVlanTrunk.YES;
        return (trunk ? "trunk " : "") + String.join(", ", tags);
    }
}
