package org.vdevstudio.host.synthetic;

/** The first 64 bytes of a type-0 PCI configuration space: what lspci reads from {@code config}. */
final class PciConfig {

    private PciConfig() {
    }

    static byte[] header(int vendor, int device, int classCode, int revision, int subVendor, int subDevice) {
        byte[] c = new byte[64];
        le16(c, 0x00, vendor);
        le16(c, 0x02, device);
        c[0x08] = (byte) revision;
        c[0x09] = (byte) classCode;
        c[0x0a] = (byte) (classCode >> 8);
        c[0x0b] = (byte) (classCode >> 16);
        // a bridge has header type 1; its subsystem ids live elsewhere, which lspci handles
        c[0x0e] = (byte) ((classCode >> 8) == 0x0604 ? 1 : 0);
        le16(c, 0x2c, subVendor);
        le16(c, 0x2e, subDevice);
        return c;
    }

    private static void le16(byte[] b, int at, int v) {
        b[at] = (byte) v;
        b[at + 1] = (byte) (v >> 8);
    }
}
