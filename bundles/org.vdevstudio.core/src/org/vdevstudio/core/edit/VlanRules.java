package org.vdevstudio.core.edit;

import org.vdevstudio.model.domain.Interface;
import org.vdevstudio.model.domain.InterfaceType;
import org.vdevstudio.model.domain.InterfaceVirtualportType;

/**
 * Where libvirt accepts {@code <vlan>} and its trunk settings (libvirt 9.0, formatdomain "Setting
 * VLAN tag"): hostdev interfaces (an SR-IOV VF gets exactly one tag, set on the PF), Open vSwitch
 * ports (trunks and nativeMode), and network interfaces, whose network decides at start-up.
 * Every form and rule asks here, so the rule lives in one place.
 */
public final class VlanRules {

    private VlanRules() {
    }

    /** Whether a VLAN tag can be given to the interface at all. */
    public static boolean allowsTag(Interface i) {
        if (!i.isSetType()) {
            return false;
        }
        return switch (i.getType()) {
            case HOSTDEV, NETWORK -> true;
            case BRIDGE -> isOpenvswitch(i);
            default -> false;
        };
    }

    /** Whether trunk='yes', several tags and nativeMode are possible: never for a VF. */
    public static boolean allowsTrunk(Interface i) {
        return i.isSetType() && (i.getType() == InterfaceType.NETWORK || i.getType() == InterfaceType.BRIDGE && isOpenvswitch(i));
    }

    private static boolean isOpenvswitch(Interface i) {
        return i.getVirtualport() != null && i.getVirtualport().isSetType()
                && i.getVirtualport().getType() == InterfaceVirtualportType.OPENVSWITCH;
    }
}
