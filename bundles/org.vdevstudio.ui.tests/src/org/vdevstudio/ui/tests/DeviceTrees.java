package org.vdevstudio.ui.tests;

import java.util.Arrays;
import java.util.List;

import org.eclipse.swt.widgets.TreeItem;
import org.vdevstudio.ui.host.DeviceNode;

/** Finds rows of the host device tree by the device's sysfs name, and reads the tree's texts. */
final class DeviceTrees {

    private DeviceTrees() {
    }

    /** The row of the PCI function or USB device named {@code name} ("0000:03:10.0", "1-1") in the viewer's input, or null. */
    static DeviceNode find(Object input, String name) {
        for (Object o : (List<?>) input) {
            DeviceNode found = find((DeviceNode) o, name);
            if (found != null) {
                return found;
            }
        }
        return null;
    }

    private static DeviceNode find(DeviceNode node, String name) {
        String s = String.valueOf(node.device());
        if (node.device() != null && (s.contains("address=" + name + ",") || s.contains("name=" + name + ","))) {
            return node;
        }
        for (DeviceNode c : node.children()) {
            DeviceNode found = find(c, name);
            if (found != null) {
                return found;
            }
        }
        return null;
    }

    static List<String> texts(TreeItem[] items) {
        return Arrays.stream(items).map(TreeItem::getText).toList();
    }
}
