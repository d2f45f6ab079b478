package org.vdevstudio.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.TableItem;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.vdevstudio.libvirt.ApplyTarget;
import org.vdevstudio.libvirt.Definition;
import org.vdevstudio.libvirt.apply.ApplyRequest;
import org.vdevstudio.libvirt.apply.Planner;
import org.vdevstudio.ui.libvirt.ApplyDialog;
import org.vdevstudio.ui.libvirt.ApplyTables;
import org.vdevstudio.ui.libvirt.PreviewTable;

/**
 * The Apply dialog's widgets on previews planned by the apply engine from real domain XML
 * (offline: the planner talks to nobody): targets the domain cannot take are disabled with the
 * reason, the preview lists each changed device with its difference, and live changes libvirt
 * cannot make are marked "needs restart".
 */
class ApplyDialogTest {

    static final String OPENED = """
            <domain type='kvm'>
              <name>guest</name>
              <uuid>6a1f7c3e-0d52-4b8e-9a51-3f2c1e7d0a09</uuid>
              <memory unit='MiB'>64</memory>
              <os><type arch='x86_64' machine='pc'>hvm</type></os>
              <devices>
                <interface type='hostdev' managed='yes'>
                  <mac address='52:54:00:6d:90:11'/>
                  <source><address type='pci' domain='0x0000' bus='0x3b' slot='0x02' function='0x1'/></source>
                  <vlan><tag id='100'/></vlan>
                </interface>
                <interface type='network'>
                  <mac address='52:54:00:6d:90:12'/>
                  <source network='default'/>
                  <model type='virtio'/>
                </interface>
              </devices>
            </domain>
            """;

    private Display display;
    private Shell shell;
    private ApplyDialog dialog;
    private final List<ApplyTarget> asked = new ArrayList<>();

    @BeforeEach
    void shell() {
        display = Display.getDefault();
        shell = new Shell(display);
    }

    @AfterEach
    void close() {
        if (dialog != null) {
            dialog.close();
        }
        shell.dispose();
        while (display.readAndDispatch()) {
            // drain
        }
    }

    /** Opens the dialog on {@code edited}; the preview is the planner's, against {@code opened} as both definitions. */
    private void open(String edited, Map<ApplyTarget, String> disabled, boolean running) {
        dialog = new ApplyDialog(shell, "guest", "qemu:///system", disabled, (target, done) -> {
            asked.add(target);
            try {
                ApplyRequest request = new ApplyRequest("guest", Definition.PERSISTENT, OPENED, edited, target);
                PreviewTable table = ApplyTables.preview(Planner.plan(request, OPENED, running ? OPENED : null, true));
                display.asyncExec(() -> done.accept(target, table));
            } catch (Exception e) {
                throw new AssertionError(e);
            }
        });
        dialog.setBlockOnOpen(false);
        dialog.open();
        drain();
    }

    private void drain() {
        while (display.readAndDispatch()) {
            // run the preview's hand-over
        }
    }

    @Test
    void aShutOffDomainOffersPersistentOnlyAndThePreviewShowsTheChangedInterface() {
        Map<ApplyTarget, String> disabled = new EnumMap<>(ApplyTarget.class);
        disabled.put(ApplyTarget.LIVE, "guest does not run (shut off)");
        disabled.put(ApplyTarget.BOTH, "guest does not run (shut off)");
        open(OPENED.replace("<tag id='100'/>", "<tag id='200'/>"), disabled, false);

        assertFalse(dialog.getTargetButton(ApplyTarget.LIVE).isEnabled());
        assertEquals("guest does not run (shut off)", dialog.getTargetButton(ApplyTarget.LIVE).getToolTipText());
        assertFalse(dialog.getTargetButton(ApplyTarget.BOTH).isEnabled());
        assertTrue(dialog.getTargetButton(ApplyTarget.PERSISTENT).getSelection());
        assertEquals(List.of(ApplyTarget.PERSISTENT), asked);

        assertEquals(1, dialog.getTable().getItemCount());
        TableItem row = dialog.getTable().getItem(0);
        assertTrue(row.getText(0).contains("52:54:00:6d:90:11"), row.getText(0));
        assertEquals("changed", row.getText(1));
        assertTrue(row.getText(2).contains("define (persistent)"), row.getText(2));
        String diff = dialog.getDiff().getText();
        assertTrue(diff.contains("-") && diff.contains("100") && diff.contains("+") && diff.contains("200"), diff);
        assertTrue(dialog.getApplyButton().isEnabled());
    }

    @Test
    void liveChangesLibvirtCannotMakeAreMarkedNeedsRestartAndNothingIsSent() {
        open(OPENED.replace("<tag id='100'/>", "<tag id='200'/>").replace("<model type='virtio'/>", "<model type='e1000'/>"),
                Map.of(), true);
        dialog.choose(ApplyTarget.LIVE);
        drain();

        assertEquals(2, dialog.getTable().getItemCount());
        for (TableItem row : dialog.getTable().getItems()) {
            assertTrue(row.getText(2).startsWith("needs restart: "), row.getText(0) + ": " + row.getText(2));
        }
        assertTrue(dialog.getMessage().contains("only after a restart"), dialog.getMessage());
        assertFalse(dialog.getApplyButton().isEnabled(), "no call would be sent");
    }

    @Test
    void anUnchangedDomainHasNothingToApply() {
        open(OPENED, Map.of(), true);

        assertEquals(0, dialog.getTable().getItemCount());
        assertTrue(dialog.getMessage().startsWith("Nothing to apply"), dialog.getMessage());
        assertFalse(dialog.getApplyButton().isEnabled());
    }
}
