package org.vdevstudio.libvirt.apply;

import org.vdevstudio.libvirt.Definition;

/**
 * The domain changed on the daemon since the editor opened it: the opened XML and what libvirt has
 * now (the same definition). Nothing is sent; the user reloads or compares.
 */
public record Conflict(Definition definition, String openedXml, String currentXml) {
}
