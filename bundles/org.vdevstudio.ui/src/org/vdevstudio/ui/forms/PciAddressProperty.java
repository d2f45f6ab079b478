package org.vdevstudio.ui.forms;

import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.eclipse.emf.ecore.EAttribute;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.edit.domain.EditingDomain;
import org.vdevstudio.core.DeviceAddresses;
import org.vdevstudio.core.edit.ModelPath;

/**
 * A PCI address element ({@code <address type='pci' domain= bus= slot= function=/>}) as the one
 * text an administrator copies from lspci, "0000:03:10.1"; a change writes all of it in one command.
 */
public class PciAddressProperty extends ModelValueProperty {

    private static final Pattern PCI = Pattern.compile("(?:([0-9a-fA-F]{1,4}):)?([0-9a-fA-F]{1,2}):([0-9a-fA-F]{1,2})\\.([0-7])");

    private final ModelPath path;
    private final EAttribute[] parts;
    private final EAttribute type;
    private final Object pciType;

    /** {@code parts}: domain, bus, slot, function; {@code type} is set to {@code pciType} with them. */
    public PciAddressProperty(EditingDomain domain, String label, ModelPath path, EAttribute[] parts, EAttribute type,
            Object pciType) {
        super(domain, label, path, parts[1]);
        this.path = path;
        this.parts = parts.clone();
        this.type = type;
        this.pciType = pciType;
    }

    /** Null when {@code text} is a PCI address (or empty), else why not. */
    public static String problem(String text) {
        if (text == null || text.isBlank() || PCI.matcher(text.trim()).matches()) {
            return null;
        }
        return "A PCI address is domain:bus:slot.function in hexadecimal, like 0000:03:10.1";
    }

    @Override
    protected String doGetValue(EObject source) {
        EObject a = path.resolve(source);
        if (a == null || a.eGet(parts[1]) == null || type != null && a.eIsSet(type) && a.eGet(type) != pciType) {
            return ""; // no address, or one of another type (a USB bus is no PCI bus)
        }
        return DeviceAddresses.pci((String) a.eGet(parts[0]), (String) a.eGet(parts[1]), (String) a.eGet(parts[2]),
                (String) a.eGet(parts[3]));
    }

    @Override
    protected void doSetValue(EObject source, String value) {
        Map<EAttribute, Object> values = new LinkedHashMap<>();
        Matcher m = value == null ? null : PCI.matcher(value.trim());
        boolean set = m != null && m.matches();
        if (type != null) {
            values.put(type, set ? pciType : null);
        }
        values.put(parts[0], set ? hex(m.group(1) == null ? "0" : m.group(1), 4) : null);
        values.put(parts[1], set ? hex(m.group(2), 2) : null);
        values.put(parts[2], set ? hex(m.group(3), 2) : null);
        values.put(parts[3], set ? "0x" + m.group(4) : null);
        execute(path.set(domain(), "PCI Address", source, values));
    }

    private static String hex(String digits, int width) {
        return String.format(Locale.ROOT, "0x%0" + width + "x", Integer.parseInt(digits, 16));
    }
}
