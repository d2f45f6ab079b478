package org.vdevstudio.core.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Map;
import java.util.Random;

import org.eclipse.emf.common.command.BasicCommandStack;
import org.eclipse.emf.common.command.Command;
import org.eclipse.emf.edit.domain.AdapterFactoryEditingDomain;
import org.eclipse.emf.edit.provider.ReflectiveItemProviderAdapterFactory;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.vdevstudio.core.edit.HostdevConversion;
import org.vdevstudio.core.edit.InterfaceCommands;
import org.vdevstudio.core.edit.MacAddresses;
import org.vdevstudio.core.edit.ModelPath;
import org.vdevstudio.core.io.DomainResource;
import org.vdevstudio.core.io.DomainXml;
import org.vdevstudio.model.domain.Domain;
import org.vdevstudio.model.domain.DomainPackage.Literals;
import org.vdevstudio.model.domain.Interface;

/** Edits as commands: indented in the XML, undone to the very byte. */
class EditCommandsTest {

    static final String XML = """
            <domain type='kvm'>
              <name>edit-test</name>
              <devices>
                <interface type='user'>
                  <mac address='52:54:00:00:00:01'/>
                </interface>
                <interface type='hostdev' managed='yes'>
                  <source>
                    <address type='pci' domain='0x0000' bus='0x03' slot='0x10' function='0x1'/>
                  </source>
                  <vlan>
                    <tag id='42'/>
                  </vlan>
                </interface>
              </devices>
            </domain>
            """;

    static final ModelPath VLAN_TAG = ModelPath.of(Literals.INTERFACE__VLAN, Literals.INTERFACE_VLAN__TAGS);

    private DomainResource resource;
    private AdapterFactoryEditingDomain domain;
    private BasicCommandStack stack;
    private String before;

    @BeforeEach
    void load() throws Exception {
        resource = DomainXml.load(XML, "edit-test.xml");
        stack = new BasicCommandStack();
        domain = new AdapterFactoryEditingDomain(new ReflectiveItemProviderAdapterFactory(), stack, resource.getResourceSet());
        before = DomainXml.toString(resource);
    }

    @Test
    void aMissingElementIsCreatedIndentedAndUndoneExactly() throws Exception {
        run(VLAN_TAG.set(domain, "VLAN", iface(0), Map.of(Literals.INTERFACE_VLAN_TAG__ID, 7L)));
        String xml = DomainXml.toString(resource);
        assertTrue(xml.contains("      <mac address=\"52:54:00:00:00:01\"/>\n      <vlan>\n        <tag id=\"7\"/>\n"
                + "      </vlan>\n    </interface>"), xml);
        assertEquals(7L, VLAN_TAG.get(iface(0), Literals.INTERFACE_VLAN_TAG__ID));
        stack.undo();
        assertEquals(before, DomainXml.toString(resource));
    }

    @Test
    void clearingTheLastAttributeRemovesTheEmptyElementsAbove() throws Exception {
        java.util.HashMap<org.eclipse.emf.ecore.EAttribute, Object> none = new java.util.HashMap<>();
        none.put(Literals.INTERFACE_VLAN_TAG__ID, null);
        run(VLAN_TAG.set(domain, "VLAN", iface(1), none));
        assertNull(iface(1).getVlan());
        String xml = DomainXml.toString(resource);
        assertTrue(xml.contains("</source>\n    </interface>"), xml);
        stack.undo();
        assertEquals(before, DomainXml.toString(resource));
    }

    @Test
    void anUnchangedValueMakesNoCommand() {
        assertNull(VLAN_TAG.set(domain, "VLAN", iface(1), Map.of(Literals.INTERFACE_VLAN_TAG__ID, 42L)));
    }

    @Test
    void addDuplicateMoveAndRemoveKeepTheLayout() throws Exception {
        Domain d = resource.getDomain();
        run(InterfaceCommands.add(d));
        assertEquals(3, d.getDevices().getInterfaces().size());
        String xml = DomainXml.toString(resource);
        assertTrue(xml.contains("    </interface>\n    <interface type=\"network\">\n      <mac address=\"52:54:00:"), xml);
        assertTrue(xml.endsWith("    </interface>\n  </devices>\n</domain>\n"), xml);

        Interface hostdev = iface(1);
        run(InterfaceCommands.duplicate(hostdev));
        Interface copy = iface(2);
        assertEquals("hostdev", copy.getType().getLiteral());
        assertEquals(42L, VLAN_TAG.get(copy, Literals.INTERFACE_VLAN_TAG__ID));

        run(InterfaceCommands.move(hostdev, -1));
        assertEquals(hostdev, iface(0));
        assertEquals("user", iface(1).getType().getLiteral());

        run(InterfaceCommands.remove(hostdev));
        assertEquals(3, d.getDevices().getInterfaces().size());
        while (stack.canUndo()) {
            stack.undo();
        }
        assertEquals(before, DomainXml.toString(resource));
    }

    @Test
    void aPciHostdevBecomesAHostdevInterfaceAndBackInOneCommandEach() throws Exception {
        resource = DomainXml.load(XML.replace("  </devices>", "    <hostdev mode='subsystem' type='pci' managed='yes'>\n"
                + "      <source>\n        <address domain='0x0000' bus='0x06' slot='0x02' function='0x0'/>\n      </source>\n"
                + "      <boot order='2'/>\n    </hostdev>\n  </devices>"), "edit-test.xml");
        stack = new BasicCommandStack();
        domain = new AdapterFactoryEditingDomain(new ReflectiveItemProviderAdapterFactory(), stack, resource.getResourceSet());
        before = DomainXml.toString(resource);
        Domain d = resource.getDomain();

        run(HostdevConversion.toInterface(d.getDevices().getHostdevs().get(0)));
        assertEquals(0, d.getDevices().getHostdevs().size());
        Interface vf = iface(2);
        assertEquals("hostdev", vf.getType().getLiteral());
        assertEquals("0x06", vf.getSource().getAddress().getBus());
        assertEquals("pci", vf.getSource().getAddress().getType().getLiteral());
        assertEquals("yes", vf.getManaged().getLiteral());
        assertEquals(2, vf.getBoot().getOrder().intValue());
        String xml = DomainXml.toString(resource);
        assertTrue(xml.contains("    </interface>\n    <interface type=\"hostdev\" managed=\"yes\">\n      <mac address=\"52:54:00:"), xml);
        stack.undo();
        assertEquals(before, DomainXml.toString(resource));
        stack.redo();

        run(HostdevConversion.toHostdev(iface(2)));
        assertEquals(2, d.getDevices().getInterfaces().size());
        assertEquals("0x06", d.getDevices().getHostdevs().get(0).getSource().getAddress().getBus());
        assertEquals(2, d.getDevices().getHostdevs().get(0).getBoot().getOrder().intValue());
    }

    @Test
    void generatedMacsHaveQemusPrefixAndAreUnique() {
        Domain d = resource.getDomain();
        // A random source that first repeats the address interface 1 already has.
        Random repeating = new Random() {
            private static final long serialVersionUID = 1L;
            private int calls;

            @Override
            public int nextInt(int bound) {
                return calls++ < 3 ? (calls == 3 ? 1 : 0) : 0x42;
            }
        };
        String mac = MacAddresses.generate(d, repeating);
        assertEquals("52:54:00:42:42:42", mac);
        assertNotEquals(null, MacAddresses.problem("52:54:00:zz:00:01"));
        assertNotEquals(null, MacAddresses.problem("01:00:5e:00:00:01"), "multicast");
        assertNull(MacAddresses.problem("52:54:00:AB:cd:01"));
    }

    private Interface iface(int n) {
        return resource.getDomain().getDevices().getInterfaces().get(n);
    }

    private void run(Command c) {
        assertTrue(c != null && c.canExecute(), "executable: " + c);
        stack.execute(c);
    }
}
