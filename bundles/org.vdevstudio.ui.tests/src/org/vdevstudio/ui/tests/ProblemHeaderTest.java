package org.vdevstudio.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.eclipse.emf.edit.command.SetCommand;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.vdevstudio.model.domain.DomainPackage.Literals;
import org.vdevstudio.model.domain.InterfaceVlanTag;
import org.vdevstudio.ui.forms.HostDevicesBlock;
import org.vdevstudio.ui.forms.InterfacesBlock;
import org.vdevstudio.ui.problems.ProblemCheck;

/**
 * The form headers summarise libvirt's schema errors too, with their severity. The schema check
 * runs in the background a moment after the last command: the header first shows what the
 * model's own checks say, then the schema's errors join it.
 */
class ProblemHeaderTest {

    /** An element libvirt's schema does not allow in an interface (the model keeps it, the rules do not mind). */
    static final String SCHEMA_ONLY = """
            <domain type='kvm'>
              <name>header</name>
              <memory unit='MiB'>512</memory>
              <os><type arch='x86_64' machine='q35'>hvm</type></os>
              <devices>
                <interface type='hostdev' managed='yes'>
                  <mac address='52:54:00:12:34:56'/>
                  <source><address type='pci' domain='0x0000' bus='0x03' slot='0x10' function='0x1'/></source>
                  <vlan><tag id='42'/></vlan>
                  <bogus/>
                </interface>
              </devices>
            </domain>
            """;

    private static final int TIMEOUT_MS = 30_000;

    private FormFixture<?> form;

    @AfterEach
    void close() {
        if (form != null) {
            form.close();
        }
    }

    private String header() {
        return form.block.getHeader().describe();
    }

    private ProblemCheck check() {
        return ProblemCheck.of(form.domain, form.resource);
    }

    private void awaitCheck() {
        assertTrue(TestDomains.pumpUntil(form.display, () -> check().isCurrent(), TIMEOUT_MS), "the background check ends");
    }

    @Test
    void aSchemaErrorJoinsTheInterfacesHeaderAsAnError() throws Exception {
        form = new FormFixture<>(SCHEMA_ONLY, InterfacesBlock::new);
        if (!check().isCurrent()) {
            // 1 = information: the model's checks find nothing, and the schema has not answered yet
            assertEquals("1: 1 interface, 1 host device (1 of them an interface's), no problems", header());
        }
        awaitCheck();
        String header = header();
        assertTrue(header.startsWith("3: 1 interface, 1 host device (1 of them an interface's), 1 error: schema: "), header);
        assertTrue(header.contains("\"bogus\""), header);
    }

    @Test
    void theHostDevicesHeaderToo() throws Exception {
        form = new FormFixture<>(SCHEMA_ONLY, details -> new HostDevicesBlock(details, device -> false));
        awaitCheck();
        assertTrue(header().startsWith("3: ") && header().contains("1 error: schema: ") && header().contains("bogus"), header());
    }

    @Test
    void anErrorBothFindIsCountedOnceInTheWordsOfTheRule() throws Exception {
        form = new FormFixture<>(SCHEMA_ONLY.replace("<bogus/>", "").replace("<tag id='42'/>", "<tag id='5000'/>"),
                InterfacesBlock::new);
        awaitCheck();
        assertTrue(check().problems().stream().anyMatch(p -> p.fromSchema() && p.message().contains("4095")),
                "the schema says it too: " + check().problems());
        assertEquals("3: 1 interface, 1 host device (1 of them an interface's), 1 error: "
                + "VLAN tag 5000 is outside 0-4095 (interface 1, MAC 52:54:00:12:34:56)", header());
    }

    @Test
    void commandsInARowAreCheckedOnceAfterTheLast() throws Exception {
        form = new FormFixture<>(SCHEMA_ONLY, InterfacesBlock::new);
        awaitCheck();
        int[] results = { 0 };
        Runnable counter = () -> results[0]++;
        check().addListener(counter);
        try {
            InterfaceVlanTag tag = form.resource.getDomain().getDevices().getInterfaces().get(0).getVlan().getTags().get(0);
            for (long id = 1; id <= 5; id++) {
                form.stack.execute(SetCommand.create(form.domain, tag, Literals.INTERFACE_VLAN_TAG__ID, id));
                assertFalse(check().isCurrent(), "nothing is checked on the UI thread at the command");
            }
            awaitCheck();
            assertEquals(1, results[0], "one check for five commands");
            assertTrue(header().contains("bogus"), header());
        } finally {
            check().removeListener(counter);
        }
    }
}
