package org.vdevstudio.ui.editor;

/** One line of a device table: the device and its 1-based position ("#"). */
public record Row<T>(int number, T device) {
}
