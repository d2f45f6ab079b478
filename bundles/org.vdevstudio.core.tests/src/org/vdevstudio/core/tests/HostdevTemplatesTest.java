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

/** Adding and removing host devices: one command each, indented, undone to the original text. */
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
