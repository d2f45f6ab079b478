package org.vdevstudio.ui.forms;

import java.util.LinkedHashMap;
import java.util.Map;

import org.eclipse.emf.ecore.EAttribute;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.eclipse.emf.edit.domain.EditingDomain;
import org.vdevstudio.core.edit.ModelPath;
import org.vdevstudio.model.domain.DomainPackage.Literals;
import org.vdevstudio.model.domain.SourceAddressType;

/**
 * The source address of {@code <interface type='hostdev'>}, which libvirt 9.0's schema lets be
 * {@code type='pci'} (domain, bus, slot, function) or {@code type='usb'} (bus, device): the
 * type switch and the USB numbers. Each write is one command on the stack.
 */
final class HostdevSourceAddress {

    static final ModelPath PATH = ModelPath.of(Literals.INTERFACE__SOURCE, Literals.INTERFACE_SOURCE__ADDRESS);
    private static final EAttribute TYPE = Literals.SOURCE_ADDRESS__TYPE;
    private static final EAttribute[] NUMBERS = { Literals.SOURCE_ADDRESS__DOMAIN, Literals.SOURCE_ADDRESS__BUS,
        Literals.SOURCE_ADDRESS__SLOT, Literals.SOURCE_ADDRESS__FUNCTION, Literals.SOURCE_ADDRESS__DEVICE };

    private HostdevSourceAddress() {
    }

    /** The address type of {@code iface}, or null when it has none. */
    static SourceAddressType type(EObject iface) {
        return iface == null ? null : (SourceAddressType) PATH.get(iface, TYPE);
    }

    /** "pci" or "usb"; a switch drops the numbers of the other type ("0x03" is no USB bus), "" the whole address. */
    static final class Type extends ModelValueProperty {

        Type(EditingDomain domain) {
            super(domain, "Source Address Type", PATH, TYPE);
        }

        @Override
        protected void doSetValue(EObject source, String value) {
            SourceAddressType type = value == null || value.isBlank() ? null : SourceAddressType.get(value.trim());
            if (type == type(source)) {
                return;
            }
            Map<EAttribute, Object> values = new LinkedHashMap<>();
            values.put(TYPE, type);
            for (EAttribute n : NUMBERS) {
                values.put(n, null);
            }
            execute(PATH.set(domain(), "Source Address Type", source, values));
        }
    }

    /** The USB bus or device number: shown for a USB address only; writing it makes the address a USB one. */
    static final class UsbNumber extends ModelValueProperty {

        private final String label;

        UsbNumber(EditingDomain domain, String label, EAttribute number) {
            super(domain, label, PATH, number);
            this.label = label;
        }

        @Override
        protected String doGetValue(EObject source) {
            return type(source) == SourceAddressType.USB ? super.doGetValue(source) : "";
        }

        @Override
        protected void doSetValue(EObject source, String value) {
            Map<EAttribute, Object> values = new LinkedHashMap<>();
            values.put(TYPE, SourceAddressType.USB);
            values.put(attribute(), value == null || value.isBlank() ? null
                    : EcoreUtil.createFromString(attribute().getEAttributeType(), value.trim()));
            execute(PATH.set(domain(), label, source, values));
        }
    }
}
