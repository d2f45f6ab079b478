package org.vdevstudio.host;

/** A network interface the kernel made for a PCI function ({@code net/NAME/address}); mac is null when unreadable. */
public record NetDev(String name, String mac) {
}
