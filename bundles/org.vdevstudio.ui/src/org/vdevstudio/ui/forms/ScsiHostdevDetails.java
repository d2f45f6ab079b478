package org.vdevstudio.ui.forms;

import java.util.ArrayList;
import java.util.List;

import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.vdevstudio.model.domain.DomainPackage.Literals;
import org.vdevstudio.model.domain.Hostdev;
import org.vdevstudio.model.domain.HostdevSourceProtocol;

/**
 * A host SCSI LUN ({@code <hostdev type='scsi'>}): on a local adapter by bus/target/unit, or on
 * an iSCSI target (host, authentication, initiator); and how the guest may use it.
 */
public class ScsiHostdevDetails extends HostdevDetailsBase {

    private final List<Control> adapterFields = new ArrayList<>();
    private final List<Control> iscsiFields = new ArrayList<>();

    public ScsiHostdevDetails(DetailsContext details) {
        super(details);
    }

    @Override
    protected void createSections(Composite parent) {
        Composite source = section(parent, "Source", "A LUN of a host adapter (lsscsi), or of an iSCSI target.");
        fields.choice(source, "protocol", "Protocol:", value("Protocol", Literals.HOSTDEV_SOURCE__PROTOCOL, Literals.HOSTDEV__SOURCE),
                choices(HostdevSourceProtocol.ISCSI));
        adapterFields.add(fields.text(source, "adapter", "Adapter:", value("SCSI Adapter", Literals.HOSTDEV_SOURCE_ADAPTER__NAME,
                Literals.HOSTDEV__SOURCE, Literals.HOSTDEV_SOURCE__ADAPTER), null));
        adapterFields.add(address(source, "bus", "Bus:", Literals.SOURCE_ADDRESS__BUS));
        adapterFields.add(address(source, "target", "Target:", Literals.SOURCE_ADDRESS__TARGET));
        adapterFields.add(address(source, "unit", "Unit:", Literals.SOURCE_ADDRESS__UNIT));

        Composite iscsi = section(parent, "iSCSI", "The target's IQN and LUN, its portal, and the credentials.");
        iscsiFields.add(fields.text(iscsi, "iqn", "Target IQN/LUN:", value("iSCSI Target", Literals.HOSTDEV_SOURCE__NAME,
                Literals.HOSTDEV__SOURCE), null));
        iscsiFields.add(fields.text(iscsi, "host", "Host:", value("iSCSI Host", Literals.HOSTDEV_SOURCE_HOST__NAME,
                Literals.HOSTDEV__SOURCE, Literals.HOSTDEV_SOURCE__HOSTS), null));
        iscsiFields.add(fields.text(iscsi, "port", "Port:", value("iSCSI Port", Literals.HOSTDEV_SOURCE_HOST__PORT,
                Literals.HOSTDEV__SOURCE, Literals.HOSTDEV_SOURCE__HOSTS), FieldRules.range(1, 65535, "A port")));
        iscsiFields.add(fields.text(iscsi, "username", "Auth user:", value("iSCSI User", Literals.DISK_AUTH__USERNAME,
                Literals.HOSTDEV__SOURCE, Literals.HOSTDEV_SOURCE__AUTH), null));
        iscsiFields.add(fields.text(iscsi, "secret", "Secret usage:", value("iSCSI Secret", Literals.DISK_AUTH_SECRET__USAGE,
                Literals.HOSTDEV__SOURCE, Literals.HOSTDEV_SOURCE__AUTH, Literals.DISK_AUTH__SECRET), null));
        iscsiFields.add(fields.text(iscsi, "initiator", "Initiator IQN:", value("iSCSI Initiator", Literals.INITIATORINFO_IQN__NAME,
                Literals.HOSTDEV__SOURCE, Literals.HOSTDEV_SOURCE__INITIATOR, Literals.INITIATORINFO__IQN), null));

        Composite use = section(parent, "In the guest", "Access and SCSI command filtering.");
        fields.choice(use, "readonly", "Read-only:", new ElementPresenceProperty(details.domain(), "Read-only",
                Literals.HOSTDEV__READONLY), List.of("", ElementPresenceProperty.PRESENT));
        fields.choice(use, "shareable", "Shareable:", new ElementPresenceProperty(details.domain(), "Shareable",
                Literals.HOSTDEV__SHAREABLE), List.of("", ElementPresenceProperty.PRESENT));
        fields.choice(use, "sgio", "SG_IO:", value("SG_IO", Literals.HOSTDEV__SGIO), choices(Literals.HOSTDEV__SGIO));
        fields.choice(use, "rawio", "Raw I/O:", value("Raw I/O", Literals.HOSTDEV__RAWIO), choices(Literals.HOSTDEV__RAWIO));
        fields.text(use, "alias", "Alias:", value("Alias", Literals.ALIAS__NAME, Literals.HOSTDEV__ALIAS), null);
    }

    private Control address(Composite client, String name, String label, org.eclipse.emf.ecore.EAttribute part) {
        return fields.text(client, name, label, value("SCSI " + name, part, Literals.HOSTDEV__SOURCE, Literals.HOSTDEV_SOURCE__ADDRESS),
                FieldRules.range(0, Integer.MAX_VALUE, "A SCSI " + name));
    }

    @Override
    protected void deviceChanged() {
        Hostdev h = hostdev();
        boolean iscsi = h != null && h.getSource() != null && h.getSource().isSetProtocol()
                && h.getSource().getProtocol() == HostdevSourceProtocol.ISCSI;
        // The other kind's fields stay editable while they hold something, so that it can be cleared.
        adapterFields.forEach(c -> c.setEnabled(!iscsi || !((org.eclipse.swt.widgets.Text) c).getText().isEmpty()));
        iscsiFields.forEach(c -> c.setEnabled(iscsi || !((org.eclipse.swt.widgets.Text) c).getText().isEmpty()));
    }
}
