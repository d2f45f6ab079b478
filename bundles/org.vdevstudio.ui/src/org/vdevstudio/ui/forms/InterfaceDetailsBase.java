package org.vdevstudio.ui.forms;

import java.util.Random;

import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Text;
import org.vdevstudio.core.edit.MacAddresses;
import org.vdevstudio.model.domain.Domain;
import org.vdevstudio.model.domain.DomainPackage.Literals;

/** The fields every interface type has: the MAC with its generator, and the VLAN tag. */
public abstract class InterfaceDetailsBase extends DeviceDetailsPage {

    private static final Random RANDOM = new Random();

    protected Text vlanTag;

    protected InterfaceDetailsBase(DetailsContext details) {
        super(details);
    }

    protected Text macRow(Composite client) {
        Text mac = fields.text(client, "mac", "MAC address:", value("MAC Address", Literals.INTERFACE_MAC__ADDRESS,
                Literals.INTERFACE__MAC), FieldRules.MAC);
        fields.button(mac, "Generate", () -> {
            Domain domain = details.resource().getDomain();
            FieldBinder.commit(mac, MacAddresses.generate(domain, RANDOM));
        });
        return mac;
    }

    protected Text vlanTagRow(Composite client) {
        vlanTag = fields.text(client, "vlan", "VLAN tag:", value("VLAN Tag", Literals.INTERFACE_VLAN_TAG__ID,
                Literals.INTERFACE__VLAN, Literals.INTERFACE_VLAN__TAGS), FieldRules.VLAN_TAG);
        return vlanTag;
    }
}
