package org.vdevstudio.libvirt.apply;

/** How a device differs between two definitions. */
public enum ChangeKind {
    ADDED, REMOVED, CHANGED
}
