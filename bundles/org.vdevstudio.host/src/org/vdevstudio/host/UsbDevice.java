package org.vdevstudio.host;

import java.util.List;

/**
 * One USB device (not an interface) as sysfs shows it.
 *
 * @param name      the sysfs name: "usb1" for a root hub, "1-2.4" for the device on port 4 of the hub on port 2
 * @param portPath  "2.4" (empty for a root hub)
 * @param vendorId  four hex digits, as in {@code idVendor}
 * @param deviceClass  two hex digits ({@code bDeviceClass}); "09" is a hub
 * @param speed     Mbit/s as sysfs writes it ("480", "5000")
 */
public record UsbDevice(String name, Integer bus, Integer device, String portPath, String vendorId,
        String productId, String deviceClass, String speed, String manufacturer, String product,
        boolean rootHub, String vendorName, String productName, List<String> problems) {

    public boolean isHub() {
        return "09".equals(deviceClass);
    }

    /** "VVVV:PPPP", or null when an id is missing. */
    public String vendorProduct() {
        return vendorId == null || productId == null ? null : vendorId + ":" + productId;
    }

    /** "BUS.DEVICE" in decimal as lsusb and libvirt print it, or null. */
    public String busDevice() {
        return bus == null || device == null ? null : bus + "." + device;
    }

    public String displayName() {
        String v = vendorName != null ? vendorName : manufacturer != null ? manufacturer : vendorId;
        String p = productName != null ? productName : product != null ? product : productId;
        return (v == null ? "?" : v) + " " + (p == null ? "?" : p);
    }
}
