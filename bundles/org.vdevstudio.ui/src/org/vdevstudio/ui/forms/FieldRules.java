package org.vdevstudio.ui.forms;

import java.util.function.Function;
import java.util.regex.Pattern;

import org.vdevstudio.core.DeviceAddresses;
import org.vdevstudio.core.edit.MacAddresses;

/** The field validators: null for a good value (or an empty one, which means absent), else why not. */
public final class FieldRules {

    private static final Pattern UUID = Pattern.compile("[0-9a-fA-F]{8}-?[0-9a-fA-F]{4}-?[0-9a-fA-F]{4}-?[0-9a-fA-F]{4}-?[0-9a-fA-F]{12}");

    public static final Function<String, String> MAC = MacAddresses::problem;
    public static final Function<String, String> PCI = PciAddressProperty::problem;
    public static final Function<String, String> VLAN_TAG = range(0, 4095, "A VLAN tag");
    public static final Function<String, String> BOOT_ORDER = range(1, Integer.MAX_VALUE, "A boot order");
    public static final Function<String, String> MTU = range(68, 65535, "An MTU");
    public static final Function<String, String> QBG_MANAGER_ID = range(0, 255, "managerid");
    public static final Function<String, String> QBG_TYPE_ID = range(0, (1 << 24) - 1, "typeid");
    public static final Function<String, String> QBG_TYPE_ID_VERSION = range(0, 255, "typeidversion");
    public static final Function<String, String> UUID_TEXT = v -> blank(v) || UUID.matcher(v.trim()).matches() ? null
            : "A UUID is 32 hexadecimal digits, like 09b11c53-8b5c-4eeb-8f00-d84eaa0aaa4f";

    private FieldRules() {
    }

    /** A whole number from {@code min} to {@code max}, decimal or 0x hexadecimal as libvirt reads it. */
    public static Function<String, String> range(long min, long max, String what) {
        return v -> {
            if (blank(v)) {
                return null;
            }
            Long n = DeviceAddresses.number(v, null);
            return n != null && n >= min && n <= max ? null : what + " is a whole number from " + min + " to " + max;
        };
    }

    private static boolean blank(String v) {
        return v == null || v.isBlank();
    }
}
