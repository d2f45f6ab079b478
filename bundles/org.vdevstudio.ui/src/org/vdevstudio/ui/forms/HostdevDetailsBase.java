package org.vdevstudio.ui.forms;

import java.util.UUID;

import org.eclipse.emf.common.command.Command;
import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Text;
import org.vdevstudio.core.edit.ModelPath;
import org.vdevstudio.model.domain.AddressType;
import org.vdevstudio.model.domain.DomainPackage.Literals;
import org.vdevstudio.model.domain.Hostdev;

/** What the details of every {@code <hostdev>} type share: guest-side rows and command buttons. */
public abstract class HostdevDetailsBase extends DeviceDetailsPage {

    protected HostdevDetailsBase(DetailsContext details) {
        super(details);
    }

    protected Hostdev hostdev() {
        return selected.getValue() instanceof Hostdev h ? h : null;
    }

    /** Boot order, option ROM and guest PCI address, as a PCI device has them in the guest. */
    protected void guestRows(Composite guest) {
        fields.text(guest, "boot", "Boot order:", value("Boot Order", Literals.DEVICE_BOOT__ORDER, Literals.HOSTDEV__BOOT),
                FieldRules.BOOT_ORDER);
        fields.choice(guest, "romBar", "ROM bar:", value("ROM Bar", Literals.ROM__BAR, Literals.HOSTDEV__ROM), choices(Literals.ROM__BAR));
        fields.text(guest, "romFile", "ROM file:", value("ROM File", Literals.ROM__FILE, Literals.HOSTDEV__ROM), null);
        fields.choice(guest, "romEnabled", "ROM enabled:", value("ROM Enabled", Literals.ROM__ENABLED, Literals.HOSTDEV__ROM),
                choices(Literals.ROM__ENABLED));
        fields.text(guest, "address", "Guest PCI address:", new PciAddressProperty(details.domain(), "Guest PCI Address",
                ModelPath.of(Literals.HOSTDEV__ADDRESS), HostdevInterfaceDetails.guestParts(), Literals.ADDRESS__TYPE,
                AddressType.PCI), FieldRules.PCI);
        fields.text(guest, "alias", "Alias:", value("Alias", Literals.ALIAS__NAME, Literals.HOSTDEV__ALIAS), null);
    }

    /** The host's mdev UUID or an iSCSI secret: a UUID field with a generator. */
    protected Text uuidRow(Composite client, String name, String label, ModelValueProperty property) {
        Text text = fields.text(client, name, label, property, FieldRules.UUID_TEXT);
        fields.button(text, "Generate", () -> FieldBinder.commit(text, UUID.randomUUID().toString()));
        return text;
    }

    /** A button across the section's row that runs the command it makes for the selected hostdev. */
    protected Button commandButton(Composite client, String label, java.util.function.Function<Hostdev, Command> make) {
        Button b = toolkit().createButton(client, label, SWT.PUSH);
        b.setLayoutData(new GridData(SWT.BEGINNING, SWT.CENTER, false, false, 3, 1));
        b.setData(FieldBinder.FIELD_KEY, label);
        b.addListener(SWT.Selection, e -> {
            Hostdev h = hostdev();
            Command c = h == null ? null : make.apply(h);
            if (c != null && c.canExecute()) {
                details.domain().getCommandStack().execute(c);
            }
        });
        return b;
    }
}
