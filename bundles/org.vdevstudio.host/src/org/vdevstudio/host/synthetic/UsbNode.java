package org.vdevstudio.host.synthetic;

/** A USB device of a {@link SyntheticSysfs}, described field by field, then created. */
public final class UsbNode {

    private final SyntheticSysfs tree;
    final String name;
    int bus;
    int device;
    int vendor = 0x1d6b;
    int product = 0x0002;
    int deviceClass;
    String speed = "480";
    String manufacturer;
    String productString;

    UsbNode(SyntheticSysfs tree, String name) {
        this.tree = tree;
        this.name = name;
        this.bus = Integer.parseInt(name.startsWith("usb") ? name.substring(3) : name.substring(0, name.indexOf('-')));
        this.deviceClass = name.startsWith("usb") ? 0x09 : 0x00;
        this.device = name.startsWith("usb") ? 1 : 2;
    }

    public UsbNode device(int number) {
        this.device = number;
        return this;
    }

    public UsbNode ids(int vendorId, int productId) {
        this.vendor = vendorId;
        this.product = productId;
        return this;
    }

    public UsbNode deviceClass(int c) {
        this.deviceClass = c;
        return this;
    }

    public UsbNode speed(String mbits) {
        this.speed = mbits;
        return this;
    }

    public UsbNode strings(String manufacturerString, String product) {
        this.manufacturer = manufacturerString;
        this.productString = product;
        return this;
    }

    public SyntheticSysfs create() {
        tree.createUsb(this);
        return tree;
    }
}
