package org.vdevstudio.ui.libvirt;

import java.util.List;

/**
 * What an apply did, as the outcome dialog shows it, from the definitions re-read afterwards.
 *
 * @param title   "Applied to libvirt", "Partly applied", "Not applied"
 * @param error   libvirt's error verbatim, with the device it concerned, or null
 * @param rows    one per device the apply touched
 */
public record ResultTable(String title, String error, List<Row> rows) {

    /**
     * @param device  how the device reads
     * @param action  what was asked of libvirt ("attach live", "define", …)
     * @param outcome "applied", "pending (the guest has not released it yet)", "failed", "not sent"
     */
    public record Row(String device, String action, String outcome) {
    }

    public boolean failed() {
        return error != null;
    }
}
