package org.vdevstudio.host.synthetic;

/** A PCI function of a {@link SyntheticSysfs}, described field by field, then created. */
public final class PciFunction {

    private final SyntheticSysfs tree;
    final String address;
    int vendor = 0x8086;
    int device = 0x1234;
    int subVendor = 0x8086;
    int subDevice = 0x0000;
    int classCode = 0x020000;
    int revision = 0x01;
    int numaNode = -1;
    String driver;
    Integer iommuGroup;
    String parent;
    boolean uevent = true;

    PciFunction(SyntheticSysfs tree, String address) {
        this.tree = tree;
        this.address = address;
    }

    public PciFunction ids(int vendorId, int deviceId) {
        this.vendor = vendorId;
        this.device = deviceId;
        return this;
    }

    public PciFunction subsystem(int vendorId, int deviceId) {
        this.subVendor = vendorId;
        this.subDevice = deviceId;
        return this;
    }

    /** The 24-bit class code, e.g. 0x020000 (Ethernet), 0x060400 (PCI bridge). */
    public PciFunction classCode(int code) {
        this.classCode = code;
        return this;
    }

    public PciFunction revision(int rev) {
        this.revision = rev;
        return this;
    }

    public PciFunction numaNode(int node) {
        this.numaNode = node;
        return this;
    }

    public PciFunction driver(String name) {
        this.driver = name;
        return this;
    }

    public PciFunction iommuGroup(int group) {
        this.iommuGroup = group;
        return this;
    }

    /** Nests the function's folder below a bridge, as the kernel does. */
    public PciFunction behind(String bridgeAddress) {
        this.parent = bridgeAddress;
        return this;
    }

    /** Leaves out {@code uevent} and {@code config}, so readers must use the single attribute files. */
    public PciFunction attributesOnly() {
        this.uevent = false;
        return this;
    }

    public SyntheticSysfs create() {
        tree.createPci(this);
        return tree;
    }
}
