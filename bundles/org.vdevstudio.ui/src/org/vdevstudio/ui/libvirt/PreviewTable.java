package org.vdevstudio.ui.libvirt;

import java.util.List;

/**
 * The preview as the Apply dialog shows it: one row per device that differs, or the error that
 * kept the preview from being computed (libvirt's message, verbatim).
 *
 * @param calls        how many libvirt calls Apply would send (0: nothing to send, even if devices differ)
 * @param summary      one line: how many devices are added, removed, changed, how many need a restart
 * @param needsRestart true when some live change cannot be made to the running guest
 */
public record PreviewTable(List<Row> rows, int calls, String summary, boolean needsRestart, String error) {

    /**
     * One device.
     *
     * @param device how the device reads ("interface hostdev 0000:03:10.1, MAC 52:54:00:…")
     * @param change "added", "removed" or "changed"
     * @param note   "needs restart: …" for a live change libvirt cannot make, else what will be called
     * @param diff   the unified difference of the device's XML
     */
    public record Row(String device, String change, String note, String diff) {
    }

    static PreviewTable failed(String error) {
        return new PreviewTable(List.of(), 0, "", false, error);
    }
}
