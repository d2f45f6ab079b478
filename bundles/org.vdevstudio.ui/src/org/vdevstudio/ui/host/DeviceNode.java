package org.vdevstudio.ui.host;

import java.util.ArrayList;
import java.util.List;

/**
 * A row of the host device tree: a group ("IOMMU group 12", "USB bus 1") or a device
 * ({@link org.vdevstudio.host.PciDevice} / {@link org.vdevstudio.host.UsbDevice}), with children
 * (the members of a group, the VFs of a PF, the devices on a hub's ports).
 */
public final class DeviceNode {

    private final String label;
    private final Object device;
    private final List<DeviceNode> children = new ArrayList<>();
    private DeviceNode parent;

    private DeviceNode(String label, Object device) {
        this.label = label;
        this.device = device;
    }

    public static DeviceNode group(String label) {
        return new DeviceNode(label, null);
    }

    public static DeviceNode of(Object device) {
        return new DeviceNode(null, device);
    }

    public DeviceNode add(DeviceNode child) {
        child.parent = this;
        children.add(child);
        return child;
    }

    /** The group's label, or null for a device. */
    public String label() {
        return label;
    }

    /** The device, or null for a group. */
    public Object device() {
        return device;
    }

    public List<DeviceNode> children() {
        return children;
    }

    public DeviceNode parent() {
        return parent;
    }

    @Override
    public String toString() {
        return label != null ? label : String.valueOf(device);
    }
}
