package org.vdevstudio.core.validation;

/** How bad a problem is: errors make libvirt refuse the document; warnings may bite later. */
public enum Severity {
    ERROR, WARNING, INFO;

    public String label() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }
}
