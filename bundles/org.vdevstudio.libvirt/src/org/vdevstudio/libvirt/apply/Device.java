package org.vdevstudio.libvirt.apply;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.w3c.dom.Element;
import org.w3c.dom.Node;

/**
 * One element under a domain's {@code <devices>}, with what identifies it across definitions: the
 * alias (live only, or a user alias), the MAC, the host source (PCI address, USB vendor:product or
 * bus.device, host device or file), and the guest address.
 */
public final class Device {

    private final Element element;
    private final String xml;

    Device(Element element, String xml) {
        this.element = element;
        this.xml = xml;
    }

    /** The element name: {@code interface}, {@code hostdev}, {@code disk}, … */
    public String kind() {
        return element.getLocalName();
    }

    /** The {@code type} attribute, or "" when none. */
    public String type() {
        return element.getAttribute("type");
    }

    public String alias() {
        Element alias = DomainDocument.child(element, "alias");
        return alias == null || alias.getAttribute("name").isEmpty() ? null : alias.getAttribute("name");
    }

    public String mac() {
        Element mac = DomainDocument.child(element, "mac");
        return mac == null || mac.getAttribute("address").isEmpty() ? null : mac.getAttribute("address").toLowerCase(Locale.ROOT);
    }

    /** What the device takes from the host, normalised, or null. */
    public String hostSource() {
        Element source = DomainDocument.child(element, "source");
        if (source == null) {
            return null;
        }
        Element vendor = DomainDocument.child(source, "vendor");
        Element product = DomainDocument.child(source, "product");
        if (vendor != null && product != null) {
            // USB by vendor:product; the live XML adds the bus.device it found, which must not matter
            return "usb " + number(vendor.getAttribute("id")) + ":" + number(product.getAttribute("id"));
        }
        Element address = DomainDocument.child(source, "address");
        if (address != null) {
            return "address " + addressKey(address);
        }
        List<String> parts = new ArrayList<>();
        for (String a : List.of("network", "bridge", "dev", "file", "name", "path", "mode")) {
            if (source.hasAttribute(a)) {
                parts.add(a + "=" + source.getAttribute(a));
            }
        }
        return parts.isEmpty() ? null : String.join(",", parts);
    }

    /** The guest-side address ({@code <address>} of the device), normalised, or null. */
    public String guestAddress() {
        Element address = DomainDocument.child(element, "address");
        return address == null ? null : addressKey(address);
    }

    /** A short name for people: "interface hostdev 52:54:00:6d:90:01 (source 0000:3b:02.0)". */
    public String label() {
        StringBuilder b = new StringBuilder(kind());
        if (!type().isEmpty()) {
            b.append(' ').append(type());
        }
        Element target = DomainDocument.child(element, "target");
        if (mac() != null) {
            b.append(' ').append(mac());
        } else if ("disk".equals(kind()) && target != null) {
            b.append(' ').append(target.getAttribute("dev"));
        }
        String source = readableSource();
        if (source != null) {
            b.append(" (").append(source).append(')');
        }
        return b.toString();
    }

    private String readableSource() {
        Element source = DomainDocument.child(element, "source");
        if (source == null) {
            return null;
        }
        Element address = DomainDocument.child(source, "address");
        if (address != null && address.hasAttribute("slot")) {
            return String.format(Locale.ROOT, "%04x:%02x:%02x.%x", number(address.getAttribute("domain")),
                    number(address.getAttribute("bus")), number(address.getAttribute("slot")),
                    number(address.getAttribute("function")));
        }
        return hostSource();
    }

    /** The device's XML as written in its document, as a standalone element. */
    public String xml() {
        return xml;
    }

    public String canonical() {
        return DomainDocument.canonical(element);
    }

    /**
     * The canonical text without what libvirt fills in when it runs a device ({@code <alias>}, the
     * guest {@code <address>}, the tap {@code <target>}, the live-only {@code <address>} a USB
     * source gains): equal for the same device in the persistent and the live definition.
     */
    public String configCanonical() {
        Element copy = (Element) element.cloneNode(true);
        for (Element e : DomainDocument.children(copy)) {
            String n = e.getLocalName();
            if ("alias".equals(n) || "address".equals(n) || ("target".equals(n) && "interface".equals(kind()))) {
                copy.removeChild(e);
            }
        }
        Element source = DomainDocument.child(copy, "source");
        if (source != null && DomainDocument.child(source, "vendor") != null) {
            Element address = DomainDocument.child(source, "address");
            if (address != null) {
                source.removeChild(address);
            }
        }
        return DomainDocument.canonical(copy);
    }

    /** The names of direct children whose canonical text differs between this and {@code other}, plus "@attr" for attributes. */
    List<String> differingParts(Device other) {
        List<String> parts = new ArrayList<>();
        for (int i = 0; i < element.getAttributes().getLength(); i++) {
            Node a = element.getAttributes().item(i);
            if (!a.getNodeValue().equals(other.element.getAttribute(a.getNodeName()))) {
                parts.add("@" + a.getNodeName());
            }
        }
        for (int i = 0; i < other.element.getAttributes().getLength(); i++) {
            Node a = other.element.getAttributes().item(i);
            if (!element.hasAttribute(a.getNodeName())) {
                parts.add("@" + a.getNodeName());
            }
        }
        List<String> names = new ArrayList<>();
        for (Element e : DomainDocument.children(element)) {
            names.add(e.getLocalName());
        }
        for (Element e : DomainDocument.children(other.element)) {
            if (!names.contains(e.getLocalName())) {
                names.add(e.getLocalName());
            }
        }
        for (String n : names) {
            if (!childrenCanonical(this, n).equals(childrenCanonical(other, n))) {
                parts.add(n);
            }
        }
        return parts;
    }

    private static String childrenCanonical(Device d, String name) {
        StringBuilder b = new StringBuilder();
        for (Element e : DomainDocument.children(d.element)) {
            if (name.equals(e.getLocalName())) {
                b.append(DomainDocument.canonical(e));
            }
        }
        return b.toString();
    }

    /** The value of {@code attribute} of the child {@code child}, or null. */
    String childAttribute(String child, String attribute) {
        Element e = DomainDocument.child(element, child);
        return e == null || !e.hasAttribute(attribute) ? null : e.getAttribute(attribute);
    }

    Element element() {
        return element;
    }

    @Override
    public String toString() {
        return label();
    }

    private static String addressKey(Element address) {
        List<String> parts = new ArrayList<>();
        for (int i = 0; i < address.getAttributes().getLength(); i++) {
            Node a = address.getAttributes().item(i);
            String value = a.getNodeValue();
            long n = number(value);
            parts.add(a.getNodeName() + "=" + (n >= 0 ? Long.toString(n) : value));
        }
        parts.sort(null);
        return String.join(",", parts);
    }

    /** A decimal or 0x-hex number, or -1 when the text is not one (0x0000 and 0 are the same bus). */
    static long number(String text) {
        try {
            return text.startsWith("0x") || text.startsWith("0X") ? Long.parseLong(text.substring(2), 16) : Long.parseLong(text);
        } catch (NumberFormatException notANumber) {
            return -1;
        }
    }
}
