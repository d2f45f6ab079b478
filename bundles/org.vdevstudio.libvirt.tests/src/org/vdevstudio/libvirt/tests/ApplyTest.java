package org.vdevstudio.libvirt.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;

import org.eclipse.emf.common.command.BasicCommandStack;
import org.eclipse.emf.edit.domain.AdapterFactoryEditingDomain;
import org.eclipse.emf.edit.provider.ComposedAdapterFactory;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.vdevstudio.core.edit.InterfaceCommands;
import org.vdevstudio.core.io.DomainResource;
import org.vdevstudio.core.io.DomainXml;
import org.vdevstudio.libvirt.ApplyTarget;
import org.vdevstudio.libvirt.Definition;
import org.vdevstudio.libvirt.DemoHost;
import org.vdevstudio.libvirt.ErrorCodes;
import org.vdevstudio.libvirt.LibvirtConnection;
import org.vdevstudio.libvirt.LibvirtError;
import org.vdevstudio.libvirt.apply.Applier;
import org.vdevstudio.libvirt.apply.ApplyMonitor;
import org.vdevstudio.libvirt.apply.ApplyPlan;
import org.vdevstudio.libvirt.apply.ApplyRequest;
import org.vdevstudio.libvirt.apply.ApplyResult;
import org.vdevstudio.libvirt.apply.ApplyResult.Status;
import org.vdevstudio.libvirt.apply.ApplyResult.StepStatus;
import org.vdevstudio.libvirt.apply.ChangeKind;
import org.vdevstudio.libvirt.apply.DeviceChange;
import org.vdevstudio.libvirt.apply.Operation;
import org.vdevstudio.libvirt.apply.Step;

/**
 * Preview and apply against libvirt's test driver over the demo host. The test driver has no
 * device hotplug, so every live step fails there with libvirt's own "not supported" error: that is
 * how the failure paths are tested here; the daemon tests cover live steps that succeed.
 */
class ApplyTest {

    @TempDir
    Path dir;

    private LibvirtConnection demo;
    private Applier applier;

    @BeforeEach
    void open() throws Exception {
        demo = LibvirtConnection.open(DemoHost.extractUri(dir));
        applier = new Applier(demo);
    }

    @AfterEach
    void close() throws LibvirtError {
        demo.close();
    }

    private ApplyRequest edit(String domain, Definition openedAs, ApplyTarget target, String from, String to) throws LibvirtError {
        String opened = demo.dumpXml(domain, openedAs);
        String edited = opened.replace(from, to);
        assertFalse(edited.equals(opened), "the edit applies: " + from);
        return new ApplyRequest(domain, openedAs, opened, edited, target);
    }

    @Test
    void persistentVlanChangeIsOneDefineWithItsDiff() throws Exception {
        ApplyRequest r = edit("db", Definition.PERSISTENT, ApplyTarget.PERSISTENT, "<tag id='100'/>", "<tag id='300'/>");
        ApplyPlan plan = applier.preview(r);
        assertFalse(plan.hasConflict());
        assertEquals(1, plan.changes().size());
        DeviceChange c = plan.changes().get(0);
        assertEquals(ChangeKind.CHANGED, c.change());
        assertEquals("interface hostdev 52:54:00:6d:90:11 (0000:3b:02.1)", c.label());
        assertTrue(c.diff().contains("\n-     <tag id='100'/>\n+     <tag id='300'/>\n"), c.diff());
        assertTrue(c.diff().startsWith("  <interface type='hostdev' managed='yes'>\n"), "the written text, not DOM's: " + c.diff());
        assertEquals(List.of(Operation.DEFINE), plan.steps().stream().map(Step::operation).toList());

        ApplyResult result = applier.apply(r, ApplyMonitor.NONE);
        assertEquals(Status.APPLIED, result.status());
        assertTrue(demo.dumpXml("db", Definition.PERSISTENT).contains("<tag id='300'/>"));
        assertEquals(1, result.persistentChanges().size());
        assertEquals(ChangeKind.CHANGED, result.persistentChanges().get(0).change());
        assertEquals(List.of(), result.liveChanges(), "a shut-off domain has no live definition");
    }

    @Test
    void aHostdevInterfaceChangeNeedsARestartLive() throws Exception {
        ApplyRequest r = edit("web", Definition.PERSISTENT, ApplyTarget.LIVE, "<tag id='42'/>", "<tag id='43'/>");
        ApplyPlan plan = applier.preview(r);
        DeviceChange c = plan.changes().get(0);
        assertTrue(c.needsRestart());
        assertTrue(c.restartReason().contains("type='hostdev'"), c.restartReason());
        assertEquals(List.of(), plan.steps());
        assertEquals(Status.NOTHING_TO_APPLY, applier.apply(r, ApplyMonitor.NONE).status());
    }

    @Test
    void liveRulesFollowQemuDomainChangeNet() throws Exception {
        String opened = demo.dumpXml("web", Definition.PERSISTENT);
        String link = opened.replace("<source network='vf-pool'/>", "<source network='vf-pool'/>\n        <link state='down'/>");
        ApplyPlan linkPlan = applier.preview(new ApplyRequest("web", Definition.PERSISTENT, opened, link, ApplyTarget.LIVE));
        assertFalse(linkPlan.changes().get(0).needsRestart(), "link state is live-updatable");
        assertEquals(Operation.UPDATE, linkPlan.steps().get(0).operation());

        String model = opened.replace("<source network='vf-pool'/>", "<source network='vf-pool'/>\n        <model type='e1000'/>");
        DeviceChange m = applier.preview(new ApplyRequest("web", Definition.PERSISTENT, opened, model, ApplyTarget.LIVE)).changes().get(0);
        assertTrue(m.needsRestart());
        assertTrue(m.restartReason().contains("NIC model"), m.restartReason());

        String mac = opened.replace("52:54:00:6d:90:02", "52:54:00:6d:90:99");
        DeviceChange macChange = applier.preview(new ApplyRequest("web", Definition.PERSISTENT, opened, mac, ApplyTarget.LIVE)).changes().get(0);
        assertTrue(macChange.restartReason().contains("MAC"), macChange.restartReason());
    }

    @Test
    void aLiveDetachNamesTheDeviceAsTheLiveDefinitionHasIt() throws Exception {
        String opened = demo.dumpXml("web", Definition.PERSISTENT);
        String edited = opened.replaceAll("(?s)\\s*<interface type='network'>.*?</interface>", "");
        ApplyPlan plan = applier.preview(new ApplyRequest("web", Definition.PERSISTENT, opened, edited, ApplyTarget.LIVE));
        assertEquals(1, plan.steps().size());
        Step detach = plan.steps().get(0);
        assertEquals(Operation.DETACH, detach.operation());
        assertEquals(Definition.LIVE, detach.definition());
        // the test driver gives the running NIC a tap name that only the live definition has
        assertTrue(detach.xml().contains("<target dev='testnet1'/>"), detach.xml());
    }

    @Test
    void aFailedLiveStepIsReportedVerbatimAndLeavesThePersistentDefinitionAlone() throws Exception {
        String persistentBefore = demo.dumpXml("web", Definition.PERSISTENT);
        String edited = persistentBefore.replace("</devices>",
                "  <interface type='user'>\n      <mac address='52:54:00:6d:90:77'/>\n    </interface>\n  </devices>")
                .replace("<vcpu placement='static'>2</vcpu>", "<vcpu placement='static'>3</vcpu>");
        ApplyRequest r = new ApplyRequest("web", Definition.PERSISTENT, persistentBefore, edited, ApplyTarget.BOTH);
        ApplyPlan plan = applier.preview(r);
        assertEquals(List.of(Operation.ATTACH, Operation.DEFINE), plan.steps().stream().map(Step::operation).toList());
        assertTrue(plan.changes().stream().anyMatch(c -> c.kind().equals("domain") && c.needsRestart()), "vCPUs: next boot only");

        ApplyResult result = applier.apply(r, ApplyMonitor.NONE);
        assertEquals(Status.FAILED, result.status());
        assertEquals(ErrorCodes.VIR_ERR_NO_SUPPORT, result.error().code());
        assertEquals("this function is not supported by the connection driver: virDomainAttachDeviceFlags", result.error().getMessage());
        assertEquals(Operation.ATTACH, result.failedStep().operation());
        assertEquals("interface user 52:54:00:6d:90:77", result.failedStep().device());
        assertEquals(List.of(StepStatus.FAILED, StepStatus.NOT_SENT), result.steps().stream().map(s -> s.status()).toList());
        assertEquals(List.of(), result.applied());
        assertEquals(persistentBefore, demo.dumpXml("web", Definition.PERSISTENT), "re-read: the persistent definition is untouched");
        assertEquals(List.of(), result.persistentChanges());
    }

    @Test
    void aDomainChangedOnTheDaemonIsAConflictAndNothingIsSent() throws Exception {
        ApplyRequest r = edit("db", Definition.PERSISTENT, ApplyTarget.PERSISTENT, "<tag id='100'/>", "<tag id='300'/>");
        String elsewhere = r.openedXml().replace("<vcpu placement='static'>4</vcpu>", "<vcpu placement='static'>2</vcpu>");
        demo.define(elsewhere);
        String current = demo.dumpXml("db", Definition.PERSISTENT);

        ApplyResult result = applier.apply(r, ApplyMonitor.NONE);
        assertEquals(Status.CONFLICT, result.status());
        assertEquals(r.openedXml(), result.plan().conflict().openedXml());
        assertEquals(current, result.plan().conflict().currentXml());
        assertEquals(current, demo.dumpXml("db", Definition.PERSISTENT), "nothing sent");
    }

    @Test
    void reformattingIsNoConflict() throws Exception {
        String opened = demo.dumpXml("db", Definition.PERSISTENT);
        ApplyPlan same = applier.preview(new ApplyRequest("db", Definition.PERSISTENT, opened.replace("\n  ", "\n    "), opened, ApplyTarget.PERSISTENT));
        assertNull(same.conflict(), "whitespace between elements is not a change on the daemon");
        assertFalse(same.hasChanges());
    }

    @Test
    void impossibleTargetsAreRefused() throws Exception {
        ApplyRequest liveOfShutOff = edit("db", Definition.PERSISTENT, ApplyTarget.LIVE, "<tag id='100'/>", "<tag id='300'/>");
        assertEquals(Status.REFUSED, applier.apply(liveOfShutOff, ApplyMonitor.NONE).status());
        ApplyRequest persistentOfTransient = edit("scratch", Definition.LIVE, ApplyTarget.PERSISTENT,
                "<model type='virtio'/>", "<model type='virtio'/>\n      <link state='down'/>");
        ApplyPlan plan = applier.preview(persistentOfTransient);
        assertTrue(plan.isRefused());
        assertTrue(plan.refusal().contains("transient"), plan.refusal());
    }

    @Test
    void openedLiveAppliesPersistentlyDeviceByDeviceAgainstThePersistentDefinition() throws Exception {
        String live = demo.dumpXml("web", Definition.LIVE);
        String edited = live.replaceAll("(?s)\\s*<hostdev mode='subsystem' type='usb'.*?</hostdev>", "")
                .replace("<memory unit='KiB'>2097152</memory>", "<memory unit='KiB'>1048576</memory>");
        ApplyPlan plan = applier.preview(new ApplyRequest("web", Definition.LIVE, live, edited, ApplyTarget.PERSISTENT));
        assertEquals(2, plan.changes().size());
        assertEquals(List.of(Operation.DETACH), plan.steps().stream().map(Step::operation).toList());
        assertEquals(Definition.PERSISTENT, plan.steps().get(0).definition());
        DeviceChange settings = plan.changes().stream().filter(c -> c.kind().equals("domain")).findFirst().orElseThrow();
        assertNotNull(settings.note(), "memory is not applied from a live definition");
    }

    @Test
    void theEditorsModelIsTheEditedDomain() throws Exception {
        String opened = demo.dumpXml("db", Definition.PERSISTENT);
        DomainResource resource = DomainXml.load(opened, "db");
        AdapterFactoryEditingDomain editing = new AdapterFactoryEditingDomain(
                new ComposedAdapterFactory(ComposedAdapterFactory.Descriptor.Registry.INSTANCE), new BasicCommandStack());
        editing.getCommandStack().execute(InterfaceCommands.add(resource.getDomain()));
        ApplyRequest r = ApplyRequest.of("db", Definition.PERSISTENT, opened, resource, ApplyTarget.PERSISTENT);
        ApplyPlan plan = applier.preview(r);
        assertEquals(1, plan.changes().size(), () -> plan.changes().toString());
        assertEquals(ChangeKind.ADDED, plan.changes().get(0).change());
        assertEquals("interface", plan.changes().get(0).kind());
        assertEquals(Status.APPLIED, applier.apply(r, ApplyMonitor.NONE).status());
        assertEquals(2, demo.dumpXml("db", Definition.PERSISTENT).split("<interface ").length - 1);
    }

    @Test
    void cancelingBeforeTheFirstStepSendsNothing() throws Exception {
        ApplyRequest r = edit("db", Definition.PERSISTENT, ApplyTarget.PERSISTENT, "<tag id='100'/>", "<tag id='300'/>");
        ApplyResult result = applier.apply(r, new ApplyMonitor() {
            @Override
            public void step(String description, int done, int total) {
                // not shown
            }

            @Override
            public boolean isCanceled() {
                return true;
            }
        });
        assertEquals(Status.CANCELED, result.status());
        assertEquals(StepStatus.NOT_SENT, result.steps().get(0).status());
        assertTrue(demo.dumpXml("db", Definition.PERSISTENT).contains("<tag id='100'/>"));
    }
}
