package org.vdevstudio.app.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;


import org.eclipse.emf.edit.command.SetCommand;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.vdevstudio.core.validation.Problem;
import org.vdevstudio.core.validation.Severity;
import org.vdevstudio.model.domain.DomainPackage;
import org.vdevstudio.model.domain.InterfaceVlanTag;

/** The Problems view in the running workbench: what libvirt would refuse, with lines, following edits. */
class ProblemsViewTest extends ProblemsViewFixture {

    static final String DOMAIN = """
            <domain type='kvm'>
              <name>problems</name>
              <memory unit='MiB'>64</memory>
              <os><type arch='x86_64' machine='pc'>hvm</type></os>
              <devices>
                <interface type='hostdev' managed='yes'>
                  <mac address='52:54:00:6d:90:02'/>
                  <source><address type='pci' domain='0x0000' bus='0x03' slot='0x10' function='0x1'/></source>
                  <vlan><tag id='5000'/></vlan>
                  <bogus/>
                </interface>
              </devices>
            </domain>
            """;

    @BeforeEach
    void open() throws Exception {
        open("problems.xml", DOMAIN);
    }

    @Test
    void listsModelAndSchemaErrorsWithTheirLines() {
        Workbench.waitUntil("the VLAN error is listed", () -> shows("4095"));
        Problem vlan = view.problems().stream().filter(p -> !p.fromSchema() && p.message().contains("4095")).findFirst().orElseThrow();
        assertEquals(Severity.ERROR, vlan.severity());
        assertEquals(9, vlan.line(), vlan.toString());
        assertEquals("VLAN tag 5000 is outside 0-4095 (interface 1, MAC 52:54:00:6d:90:02)", vlan.message());
        Problem bogus = view.problems().stream().filter(p -> p.message().contains("bogus")).findFirst().orElseThrow();
        assertEquals(10, bogus.line(), bogus.toString());
    }

    @Test
    void followsEditsThroughTheCommandStack() {
        Workbench.waitUntil("the VLAN error is listed", () -> shows("4095"));
        InterfaceVlanTag tag = editor.getResource().getDomain().getDevices().getInterfaces().get(0).getVlan().getTags().get(0);
        editor.getEditingDomain().getCommandStack().execute(SetCommand.create(editor.getEditingDomain(), tag,
                DomainPackage.Literals.INTERFACE_VLAN_TAG__ID, 42L));
        Workbench.waitUntil("the VLAN error is gone", () -> !shows("4095"));
        assertTrue(shows("bogus"), "the schema error stays: " + view.problems());
        editor.getEditingDomain().getCommandStack().undo();
        Workbench.waitUntil("undo brings the VLAN error back", () -> shows("4095"));
    }
}
