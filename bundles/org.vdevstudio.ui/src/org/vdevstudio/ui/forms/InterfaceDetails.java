package org.vdevstudio.ui.forms;

import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.vdevstudio.core.edit.VlanRules;
import org.vdevstudio.model.domain.DomainPackage.Literals;
import org.vdevstudio.model.domain.Interface;

/** Any interface but a hostdev one: where it connects, its model, MAC, link, target, MTU and VLAN. */
public class InterfaceDetails extends InterfaceDetailsBase {

    /** The key of this page in the details part. */
    public static final String KEY = "interface";

    private Combo trunk;
    private Combo nativeMode;

    public InterfaceDetails(DetailsContext details) {
        super(details);
    }

    @Override
    protected void createSections(Composite parent) {
        Composite nic = section(parent, "Interface", "How the guest's NIC connects to the host.");
        fields.choice(nic, "type", "Type:", value("Interface Type", Literals.INTERFACE__TYPE), choices(Literals.INTERFACE__TYPE));
        fields.text(nic, "network", "Source network:", value("Source Network", Literals.INTERFACE_SOURCE__NETWORK,
                Literals.INTERFACE__SOURCE), null);
        fields.text(nic, "bridge", "Source bridge:", value("Source Bridge", Literals.INTERFACE_SOURCE__BRIDGE,
                Literals.INTERFACE__SOURCE), null);
        fields.text(nic, "dev", "Source device:", value("Source Device", Literals.INTERFACE_SOURCE__DEV,
                Literals.INTERFACE__SOURCE), null);
        fields.text(nic, "model", "Model:", value("Model", Literals.INTERFACE_MODEL__TYPE, Literals.INTERFACE__MODEL), null);
        macRow(nic);
        fields.choice(nic, "link", "Link state:", value("Link State", Literals.INTERFACE_LINK__STATE, Literals.INTERFACE__LINK),
                choices(Literals.INTERFACE_LINK__STATE));
        fields.text(nic, "target", "Target device:", value("Target Device", Literals.INTERFACE_TARGET__DEV,
                Literals.INTERFACE__TARGET), null);
        fields.text(nic, "mtu", "MTU:", value("MTU", Literals.INTERFACE_MTU__SIZE, Literals.INTERFACE__MTU), FieldRules.MTU);

        Composite vlan = section(parent, "VLAN", "Tags libvirt sets on the port; trunks only on Open vSwitch and networks.");
        vlanTagRow(vlan);
        trunk = fields.choice(vlan, "trunk", "Trunk:", value("VLAN Trunk", Literals.INTERFACE_VLAN__TRUNK, Literals.INTERFACE__VLAN),
                choices(Literals.INTERFACE_VLAN__TRUNK));
        nativeMode = fields.choice(vlan, "nativeMode", "Native mode:", value("VLAN Native Mode",
                Literals.INTERFACE_VLAN_TAG__NATIVE_MODE, Literals.INTERFACE__VLAN, Literals.INTERFACE_VLAN__TAGS),
                choices(Literals.INTERFACE_VLAN_TAG__NATIVE_MODE));
    }

    @Override
    protected void deviceChanged() {
        Interface i = selected.getValue() instanceof Interface s ? s : null;
        boolean tag = i != null && (VlanRules.allowsTag(i) || i.getVlan() != null);
        boolean trunks = i != null && (VlanRules.allowsTrunk(i) || i.getVlan() != null && i.getVlan().isSetTrunk());
        vlanTag.setEnabled(tag);
        trunk.setEnabled(trunks);
        nativeMode.setEnabled(trunks);
    }
}
