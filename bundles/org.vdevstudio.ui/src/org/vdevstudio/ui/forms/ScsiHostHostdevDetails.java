package org.vdevstudio.ui.forms;

import java.util.function.Function;
import java.util.regex.Pattern;

import org.eclipse.swt.widgets.Composite;
import org.vdevstudio.model.domain.DomainPackage.Literals;
import org.vdevstudio.model.domain.HostdevSourceProtocol;

/** A vhost-scsi target ({@code <hostdev type='scsi_host'>}): the host's WWPN and the guest's controller model. */
public class ScsiHostHostdevDetails extends HostdevDetailsBase {

    private static final Pattern WWPN = Pattern.compile("naa\\.[0-9a-fA-F]{16}");
    static final Function<String, String> WWPN_RULE = v -> v == null || v.isBlank() || WWPN.matcher(v.trim()).matches() ? null
            : "A vhost WWPN is naa. and 16 hexadecimal digits, like naa.5123456789abcde0";

    public ScsiHostHostdevDetails(DetailsContext details) {
        super(details);
    }

    @Override
    protected void createSections(Composite parent) {
        Composite vhost = section(parent, "vhost-scsi", "The LIO target on the host, as targetcli names it.");
        fields.choice(vhost, "protocol", "Protocol:", value("Protocol", Literals.HOSTDEV_SOURCE__PROTOCOL, Literals.HOSTDEV__SOURCE),
                choices(HostdevSourceProtocol.VHOST));
        fields.text(vhost, "wwpn", "WWPN:", value("WWPN", Literals.HOSTDEV_SOURCE__WWPN, Literals.HOSTDEV__SOURCE), WWPN_RULE);
        fields.choice(vhost, "model", "Model:", value("Model", Literals.HOSTDEV__MODEL), choices(Literals.HOSTDEV__MODEL));
        fields.text(vhost, "boot", "Boot order:", value("Boot Order", Literals.DEVICE_BOOT__ORDER, Literals.HOSTDEV__BOOT),
                FieldRules.BOOT_ORDER);
        fields.text(vhost, "alias", "Alias:", value("Alias", Literals.ALIAS__NAME, Literals.HOSTDEV__ALIAS), null);
    }
}
