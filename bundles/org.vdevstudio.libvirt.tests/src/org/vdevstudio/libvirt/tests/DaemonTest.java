package org.vdevstudio.libvirt.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.List;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.vdevstudio.libvirt.ApplyTarget;
import org.vdevstudio.libvirt.Definition;
import org.vdevstudio.libvirt.DomainState;
import org.vdevstudio.libvirt.DomainSummary;
import org.vdevstudio.libvirt.ErrorCodes;
import org.vdevstudio.libvirt.LibvirtConnection;
import org.vdevstudio.libvirt.LibvirtError;
import org.vdevstudio.libvirt.apply.Applier;
import org.vdevstudio.libvirt.apply.ApplyMonitor;
import org.vdevstudio.libvirt.apply.ApplyRequest;
import org.vdevstudio.libvirt.apply.ApplyResult;
import org.vdevstudio.libvirt.apply.ApplyResult.Status;
import org.vdevstudio.libvirt.apply.ApplyResult.StepStatus;
import org.vdevstudio.libvirt.apply.Operation;
import org.vdevstudio.libvirt.apply.Step;

/**
 * Apply against a real libvirtd ({@code qemu:///system}, which releng/bin/test-all installs and
 * starts) with a TCG guest that boots a small kernel, so that live detaches complete. Skipped, with
 * the reason, only when the daemon cannot be reached.
 */
class DaemonTest {

    private static final String URI = "qemu:///system";

    private static LibvirtConnection conn;
    private static TestGuest guest;

    @BeforeAll
    static void startGuest() throws Exception {
        try {
            conn = LibvirtConnection.open(URI);
        } catch (LibvirtError e) {
            String reason = "libvirtd cannot be reached at " + URI + " (releng/bin/test-all starts it): " + e.getMessage();
            System.out.println("DaemonTest skipped: " + reason);
            Assumptions.abort(reason);
        }
        guest = TestGuest.start(conn, "vdev-test-apply", true);
    }

    @AfterAll
    static void stopGuest() throws LibvirtError {
        if (guest != null) {
            guest.close();
        }
        if (conn != null) {
            conn.close();
        }
    }

    private static String nic(String mac) {
        return "<interface type='user'>\n      <mac address='" + mac + "'/>\n      <model type='virtio'/>\n    </interface>";
    }

    private static String withDevice(String domainXml, String device) {
        return domainXml.replace("</devices>", "  " + device + "\n  </devices>");
    }

    private static String withoutNic(String domainXml, String mac) {
        return domainXml.replaceAll("(?s)\\s*<interface type='user'>\\s*<mac address='" + mac + "'/>.*?</interface>", "");
    }

    private static ApplyResult apply(Definition openedAs, String opened, String edited, ApplyTarget target) throws Exception {
        return new Applier(conn).apply(new ApplyRequest(guest.name, openedAs, opened, edited, target), ApplyMonitor.NONE);
    }

    private static String live() throws LibvirtError {
        return conn.dumpXml(guest.name, Definition.LIVE);
    }

    private static String persistent() throws LibvirtError {
        return conn.dumpXml(guest.name, Definition.PERSISTENT);
    }

    @Test
    void theGuestIsListedAsRunningAndPersistent() throws Exception {
        DomainSummary s = conn.listDomains().stream().filter(d -> d.name().equals(guest.name)).findFirst().orElseThrow();
        assertEquals(DomainState.RUNNING, s.state());
        assertTrue(s.persistent() && s.active());
    }

    @Test
    void liveAttachAndDetachOfAVirtioNic() throws Exception {
        String mac = "52:54:00:10:00:01";
        String opened = live();
        ApplyResult attached = apply(Definition.LIVE, opened, withDevice(opened, nic(mac)), ApplyTarget.LIVE);
        assertEquals(Status.APPLIED, attached.status(), () -> attached.toString());
        assertTrue(live().contains(mac));
        assertFalse(persistent().contains(mac), "live only");
        assertEquals(1, attached.liveChanges().size());
        assertEquals(List.of(), attached.persistentChanges());

        String reopened = live();
        String edited = withoutNic(reopened, mac);
        ApplyResult detached = apply(Definition.LIVE, reopened, edited, ApplyTarget.LIVE);
        assertEquals(Status.APPLIED, detached.status(), "the guest acknowledges the unplug: " + detached);
        assertEquals(StepStatus.DONE, detached.steps().get(0).status());
        assertFalse(live().contains(mac));
    }

    @Test
    void configOnlyChangesOnlyThePersistentDefinition() throws Exception {
        String mac = "52:54:00:10:00:02";
        String opened = persistent();
        ApplyResult result = apply(Definition.PERSISTENT, opened, withDevice(opened, nic(mac)), ApplyTarget.PERSISTENT);
        assertEquals(Status.APPLIED, result.status());
        assertEquals(List.of(Operation.DEFINE), result.steps().stream().map(s -> s.step().operation()).toList());
        assertTrue(persistent().contains(mac));
        assertFalse(live().contains(mac));
        conn.define(opened);
    }

    @Test
    void bothAttachesLiveThenDefinesAndDetachesFromBoth() throws Exception {
        String mac = "52:54:00:10:00:03";
        String opened = persistent();
        ApplyResult added = apply(Definition.PERSISTENT, opened, withDevice(opened, nic(mac)), ApplyTarget.BOTH);
        assertEquals(Status.APPLIED, added.status(), () -> added.toString());
        assertEquals(List.of(Operation.ATTACH, Operation.DEFINE), added.steps().stream().map(s -> s.step().operation()).toList());
        assertTrue(live().contains(mac) && persistent().contains(mac));

        String reopened = persistent();
        String edited = withoutNic(reopened, mac);
        ApplyResult removed = apply(Definition.PERSISTENT, reopened, edited, ApplyTarget.BOTH);
        assertEquals(Status.APPLIED, removed.status(), () -> removed.toString());
        Step detach = removed.steps().get(0).step();
        assertEquals(Definition.LIVE, detach.definition());
        assertTrue(detach.xml().contains("<alias name="), "detached by the live definition's alias: " + detach.xml());
        assertFalse(live().contains(mac) || persistent().contains(mac));
    }

    @Test
    void linkStateIsUpdatedLiveButAModelChangeNeedsARestart() throws Exception {
        String mac = "52:54:00:10:00:04";
        conn.attachDevice(guest.name, nic(mac), ApplyTarget.LIVE);
        String opened = live();
        String down = opened.replaceFirst("(<mac address='" + mac + "'/>)", "$1\n      <link state='down'/>");
        ApplyResult result = apply(Definition.LIVE, opened, down, ApplyTarget.LIVE);
        assertEquals(Status.APPLIED, result.status(), () -> result.toString());
        assertEquals(Operation.UPDATE, result.steps().get(0).step().operation());
        assertTrue(live().matches("(?s).*<mac address='" + mac + "'/>\\s*<model type='virtio'/>\\s*<link state='down'/>.*"), live());

        String reopened = live();
        String e1000 = reopened.replaceFirst("(<mac address='" + mac + "'/>\\s*)<model type='virtio'/>", "$1<model type='e1000'/>");
        var plan = new Applier(conn).preview(new ApplyRequest(guest.name, Definition.LIVE, reopened, e1000, ApplyTarget.LIVE));
        assertTrue(plan.changes().get(0).needsRestart(), plan.changes().toString());
        // and libvirt agrees: the same update sent anyway is refused (VIR_ERR_OPERATION_UNSUPPORTED, 84)
        LibvirtError e = assertThrows(LibvirtError.class,
                () -> conn.updateDevice(guest.name, nic(mac).replace("virtio", "e1000"), ApplyTarget.LIVE));
        assertEquals(ErrorCodes.VIR_ERR_OPERATION_UNSUPPORTED, e.code());
        assertEquals("VIR_ERR_OPERATION_UNSUPPORTED", e.codeName());
        assertEquals("Operation not supported: cannot modify network device model from virtio to e1000", e.getMessage());
    }

    @Test
    void aFailedLiveHostdevAttachLeavesThePersistentDefinitionUnchanged() throws Exception {
        String before = persistent();
        String vf = "<interface type='hostdev' managed='yes'>\n      <mac address='52:54:00:10:00:05'/>\n      <source>\n"
                + "        <address type='pci' domain='0x0000' bus='0x3b' slot='0x02' function='0x0'/>\n      </source>\n    </interface>";
        ApplyResult result = apply(Definition.PERSISTENT, before, withDevice(before, vf), ApplyTarget.BOTH);
        assertEquals(Status.FAILED, result.status());
        assertEquals("unsupported configuration: host doesn't support passthrough of host PCI devices", result.error().getMessage());
        assertEquals(ErrorCodes.VIR_ERR_CONFIG_UNSUPPORTED, result.error().code());
        assertEquals("interface hostdev 52:54:00:10:00:05 (0000:3b:02.0)", result.failedStep().device());
        assertEquals(List.of(StepStatus.FAILED, StepStatus.NOT_SENT), result.steps().stream().map(s -> s.status()).toList());
        assertEquals(before, persistent(), "re-read: byte for byte what it was");
        assertEquals(List.of(), result.persistentChanges());
    }

    @Test
    void detachingAMissingDeviceIsDeviceMissing99() {
        LibvirtError e = assertThrows(LibvirtError.class,
                () -> conn.detachDevice(guest.name, nic("52:54:00:10:00:06"), ApplyTarget.LIVE));
        assertEquals(ErrorCodes.VIR_ERR_DEVICE_MISSING, e.code());
        assertEquals("VIR_ERR_DEVICE_MISSING", e.codeName());
        assertTrue(e.getMessage().startsWith("device not found: "), e.getMessage());
    }

    @Test
    void aDetachTheGuestDoesNotCompleteIsPending() throws Exception {
        try (TestGuest noOs = TestGuest.start(conn, "vdev-test-pending", false)) {
            String mac = "52:54:00:10:00:07";
            conn.attachDevice(noOs.name, nic(mac), ApplyTarget.LIVE);
            String opened = conn.dumpXml(noOs.name, Definition.LIVE);
            String edited = opened.replaceAll("(?s)\\s*<interface type='user'>.*?</interface>", "");
            ApplyResult result = new Applier(conn, Duration.ofSeconds(1))
                    .apply(new ApplyRequest(noOs.name, Definition.LIVE, opened, edited, ApplyTarget.LIVE), ApplyMonitor.NONE);
            assertEquals(Status.PENDING, result.status(), () -> result.toString());
            assertEquals(StepStatus.PENDING, result.steps().get(0).status());
            assertTrue(conn.dumpXml(noOs.name, Definition.LIVE).contains(mac), "still in the live definition");
        }
    }
}
