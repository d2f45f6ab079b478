package org.vdevstudio.core.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Map;

import org.eclipse.emf.common.command.BasicCommandStack;
import org.eclipse.emf.edit.domain.AdapterFactoryEditingDomain;
import org.eclipse.emf.edit.provider.ReflectiveItemProviderAdapterFactory;
import org.junit.jupiter.api.Test;
import org.vdevstudio.core.edit.HostdevTemplates;
import org.vdevstudio.core.edit.ModelPath;
import org.vdevstudio.core.io.DomainResource;
import org.vdevstudio.core.io.DomainXml;
import org.vdevstudio.core.validation.SchemaValidator;
import org.vdevstudio.model.domain.DomainPackage.Literals;
import org.vdevstudio.model.domain.HostdevType;

/** Adding, removing, duplicating and moving host devices: one command each, indented, undone to the original text. */
class HostdevTemplatesTest {

    private static final String XML = """
            <domain type='kvm'>
              <name>hostdev-commands</name>
              <memory unit='MiB'>64</memory>
              <os><type arch='x86_64'>hvm</type></os>
              <devices>
                <interface type='user'/>
              </devices>
            </domain>
            """;

    @Test
    void eachKindIsAddedIndentedAndUndoneToTheOriginal() throws Exception {
        DomainResource resource = DomainXml.load(XML, "hostdev-commands.xml");
        BasicCommandStack stack = new BasicCommandStack();
        new AdapterFactoryEditingDomain(new ReflectiveItemProviderAdapterFactory(), stack, resource.getResourceSet());
        String before = DomainXml.toString(resource);
        stack.execute(HostdevTemplates.addPci(resource.getDomain()));
        stack.execute(HostdevTemplates.addUsb(resource.getDomain()));
        stack.execute(HostdevTemplates.addScsi(resource.getDomain()));
        stack.execute(HostdevTemplates.addMdev(resource.getDomain()));
        var hostdevs = resource.getDomain().getDevices().getHostdevs();
        assertEquals(4, hostdevs.size());
        assertEquals(HostdevType.MDEV, hostdevs.get(3).getType());
        String text = DomainXml.toString(resource);
        assertTrue(text.contains("\n    <hostdev mode=\"subsystem\""), text);
        assertTrue(text.contains("\n      <source>\n        <vendor id=\"0x0000\"/>"), text);
        assertEquals(java.util.List.of(), new SchemaValidator().validate(text.getBytes(java.nio.charset.StandardCharsets.UTF_8)), "libvirt's schema accepts the new devices");

        stack.execute(HostdevTemplates.remove(hostdevs.get(0)));
        assertEquals(3, hostdevs.size());
        while (stack.canUndo()) {
            stack.undo();
        }
        assertEquals(before, DomainXml.toString(resource));
    }

    @Test
    void duplicateLeavesOutWhatMustStayUniqueAndMovesSwapNeighbours() throws Exception {
        DomainResource resource = DomainXml.load(XML.replace("  </devices>", String.join("\n",
                "    <hostdev mode='subsystem' type='pci' managed='yes'>",
                "      <source>",
                "        <address domain='0x0000' bus='0x06' slot='0x02' function='0x0'/>",
                "      </source>",
                "      <alias name='ua-gpu'/>",
                "      <boot order='2'/>",
                "      <address type='pci' domain='0x0000' bus='0x00' slot='0x07' function='0x0'/>",
                "    </hostdev>",
                "    <hostdev mode='subsystem' type='usb'>",
                "      <source><vendor id='0x046d'/><product id='0xc52b'/></source>",
                "    </hostdev>",
                "  </devices>")), "hostdev-commands.xml");
        BasicCommandStack stack = new BasicCommandStack();
        new AdapterFactoryEditingDomain(new ReflectiveItemProviderAdapterFactory(), stack, resource.getResourceSet());
        String before = DomainXml.toString(resource);
        var hostdevs = resource.getDomain().getDevices().getHostdevs();
        var gpu = hostdevs.get(0);

        stack.execute(HostdevTemplates.duplicate(gpu));
        assertEquals(3, hostdevs.size());
        var copy = hostdevs.get(1);
        assertEquals("Duplicate Host Device", stack.getUndoCommand().getLabel());
        assertEquals("0x06", copy.getSource().getAddress().getBus(), "the same host device, for the user to change");
        assertEquals(null, copy.getAddress(), "no guest address: it would clash");
        assertEquals(null, copy.getAlias(), "no alias: it would clash");
        assertEquals(null, copy.getBoot(), "no boot order: it would clash");
        String text = DomainXml.toString(resource);
        assertTrue(text.contains("    </hostdev>\n    <hostdev mode=\"subsystem\" managed=\"yes\" type=\"pci\">\n      <source>"), text);

        stack.execute(HostdevTemplates.move(copy, +1));
        assertEquals(2, hostdevs.indexOf(copy));
        assertTrue(!HostdevTemplates.move(copy, +1).canExecute(), "the last one cannot go further down");
        stack.execute(HostdevTemplates.move(copy, -1));
        stack.execute(HostdevTemplates.move(copy, -1));
        assertEquals(0, hostdevs.indexOf(copy));
        while (stack.canUndo()) {
            stack.undo();
        }
        assertEquals(before, DomainXml.toString(resource));
    }

    @Test
    void aSimpleContentElementIsCreatedByAPath() throws Exception {
        DomainResource resource = DomainXml.load(XML, "hostdev-commands.xml");
        AdapterFactoryEditingDomain domain = new AdapterFactoryEditingDomain(new ReflectiveItemProviderAdapterFactory(),
                new BasicCommandStack(), resource.getResourceSet());
        domain.getCommandStack().execute(ModelPath.of(Literals.DOMAIN__VCPU).set(domain, "vCPUs", resource.getDomain(),
                Map.of(Literals.VCPU__VALUE, 4)));
        assertEquals(4, resource.getDomain().getVcpu().getValue());
        assertTrue(DomainXml.toString(resource).contains("<vcpu>4</vcpu>"), DomainXml.toString(resource));
    }
}
