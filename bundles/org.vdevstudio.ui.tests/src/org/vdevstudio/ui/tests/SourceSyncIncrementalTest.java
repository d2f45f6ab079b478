package org.vdevstudio.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;

import org.eclipse.emf.common.command.BasicCommandStack;
import org.eclipse.emf.common.command.Command;
import org.eclipse.emf.ecore.EAttribute;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.eclipse.emf.edit.domain.AdapterFactoryEditingDomain;
import org.eclipse.jface.text.IDocument;
import org.eclipse.swt.widgets.Display;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.vdevstudio.core.edit.HostdevTemplates;
import org.vdevstudio.core.edit.InterfaceCommands;
import org.vdevstudio.core.edit.ModelPath;
import org.vdevstudio.core.io.DomainResource;
import org.vdevstudio.core.io.DomainXml;
import org.vdevstudio.model.domain.Domain;
import org.vdevstudio.model.domain.DomainPackage.Literals;
import org.vdevstudio.model.domain.Hostdev;
import org.vdevstudio.model.domain.Interface;
import org.vdevstudio.ui.editor.SourceSync;
import org.vdevstudio.ui.editor.SourceSync.State;

/**
 * The Source page writes only the changed device's text after an edit within one device; the
 * document must still be exactly what serialising the whole model gives. Many seeded random
 * edits (device attributes, elements created and removed, devices added, removed and moved,
 * undo, redo, typing in the text) each compare the document with a full serialisation.
 */
class SourceSyncIncrementalTest {

    private static final String XML = """
            <domain type='kvm'>
              <name>incremental</name>
              <metadata>
                <app:owner xmlns:app='http://example.com/app/1'>team-7</app:owner>
              </metadata>
              <memory unit='MiB'>512</memory>
              <devices>
                <emulator>/usr/bin/qemu-system-x86_64</emulator>
                <!-- disks first -->
                <disk type='file' device='disk'>
                  <source file='/var/lib/libvirt/images/a.qcow2'/>
                  <target dev='vda' bus='virtio'/>
                </disk>
            %s  </devices>
            </domain>
            """;

    private Display display;
    private DomainResource resource;
    private AdapterFactoryEditingDomain domain;
    private BasicCommandStack stack;
    private SourceSync sync;

    @BeforeEach
    void setUp() throws Exception {
        StringBuilder devices = new StringBuilder();
        for (int i = 0; i < 30; i++) {
            devices.append(String.format(Locale.ROOT, "    <interface type='network'>\n      <mac address='52:54:00:00:00:%02x'/>\n"
                    + "      <source network='default'/>\n      <model type='virtio'/>\n    </interface>\n", i));
            if (i % 3 == 0) {
                devices.append(String.format(Locale.ROOT, "    <hostdev mode='subsystem' type='pci' managed='yes'>\n      <source>\n"
                        + "        <address domain='0x0000' bus='0x%02x' slot='0x00' function='0x0'/>\n      </source>\n    </hostdev>\n", i + 1));
            }
        }
        display = Display.getDefault();
        resource = DomainXml.load(XML.formatted(devices), "incremental.xml");
        domain = TestDomains.editingDomain(resource);
        stack = (BasicCommandStack) domain.getCommandStack();
        sync = new SourceSync(display, domain, resource, "incremental.xml", 50);
    }

    @AfterEach
    void tearDown() {
        sync.dispose();
        TestDomains.drain(display);
    }

    @Test
    void afterManyRandomEditsTheTextIsTheFullSerialisation() throws Exception {
        Random random = new Random(20261202L);
        IDocument document = sync.getDocument();
        List<String> steps = new ArrayList<>();
        boolean typed = false;
        for (int step = 0; step < 400; step++) {
            String what = edit(random, step);
            steps.add(what);
            // Typed text stays the user's until the model changes again.
            typed = what.equals("typed") || typed && (what.startsWith("nothing") || what.startsWith("unchanged"));
            if (typed) {
                continue;
            }
            assertEquals(DomainXml.toString(resource), document.get(), "after steps " + steps);
            assertEquals(State.IN_SYNC, sync.getState());
        }
    }

    @Test
    void anEditWithinADeviceIsWrittenInPlaceAlsoAfterTheModelWasWrittenOut() throws Exception {
        IDocument document = sync.getDocument();
        int full = sync.getFullWrites();
        Interface nic = resource.getDomain().getDevices().getInterfaces().get(3);
        stack.execute(ModelPath.of(Literals.INTERFACE__MAC).set(domain, "MAC", nic,
                Map.of(Literals.INTERFACE_MAC__ADDRESS, "52:54:00:bb:00:01")));
        assertEquals(full, sync.getFullWrites(), "an edit within one device rewrites that device's text alone");

        // a save, the problem check and the Apply preview write the model out: that is no edit
        DomainXml.toString(resource);
        stack.execute(ModelPath.of(Literals.INTERFACE__MAC).set(domain, "MAC", nic,
                Map.of(Literals.INTERFACE_MAC__ADDRESS, "52:54:00:bb:00:02")));
        assertEquals(full, sync.getFullWrites(), "still in place after the model was written out");
        assertEquals(DomainXml.toString(resource), document.get());

        stack.execute(HostdevTemplates.addPci(resource.getDomain()));
        assertEquals(full + 1, sync.getFullWrites(), "a device added: the whole text");
        assertEquals(DomainXml.toString(resource), document.get());
    }

    /** One random edit; says which. */
    private String edit(Random random, int step) {
        Domain d = resource.getDomain();
        List<Interface> nics = d.getDevices().getInterfaces();
        List<Hostdev> hostdevs = d.getDevices().getHostdevs();
        Interface nic = nics.get(random.nextInt(nics.size()));
        int kind = random.nextInt(12);
        switch (kind) {
            case 0, 1, 2:
                return run("mac", ModelPath.of(Literals.INTERFACE__MAC).set(domain, "MAC", nic,
                        Map.of(Literals.INTERFACE_MAC__ADDRESS, String.format(Locale.ROOT, "52:54:00:aa:%02x:%02x", step / 256, step % 256))));
            case 3, 4:
                return run("vlan", ModelPath.of(Literals.INTERFACE__VLAN, Literals.INTERFACE_VLAN__TAGS).set(domain, "VLAN", nic,
                        values(Literals.INTERFACE_VLAN_TAG__ID, random.nextBoolean() ? null : String.valueOf(1 + random.nextInt(4000)))));
            case 5:
                return run("model", ModelPath.of(Literals.INTERFACE__MODEL).set(domain, "Model", nic,
                        values(Literals.INTERFACE_MODEL__TYPE, random.nextBoolean() ? "e1000" : "virtio")));
            case 6:
                if (hostdevs.isEmpty()) {
                    return run("add hostdev", HostdevTemplates.addPci(d));
                }
                return run("managed", ModelPath.of().set(domain, "Managed", hostdevs.get(random.nextInt(hostdevs.size())),
                        values(Literals.HOSTDEV__MANAGED, random.nextBoolean() ? "yes" : "no")));
            case 7:
                return run(random.nextBoolean() ? "add nic" : "add hostdev",
                        random.nextBoolean() ? InterfaceCommands.add(d) : HostdevTemplates.addPci(d));
            case 8:
                if (nics.size() > 5) {
                    return run("remove nic", InterfaceCommands.remove(nic));
                }
                return run("duplicate nic", InterfaceCommands.duplicate(nic));
            case 9:
                return run("move nic", InterfaceCommands.move(nic, random.nextBoolean() ? 1 : -1));
            case 10:
                if (stack.canUndo()) {
                    stack.undo();
                    return "undo";
                }
                return "nothing to undo";
            default:
                if (random.nextInt(4) == 0) {
                    return type(random);
                }
                if (stack.canRedo()) {
                    stack.redo();
                    return "redo";
                }
                return "nothing to redo";
        }
    }

    private String run(String what, Command command) {
        if (command == null || !command.canExecute()) {
            return "unchanged " + what;
        }
        stack.execute(command);
        return what;
    }

    /** Types a changed MAC into the text and lets it parse, as the page does after a pause. */
    private String type(Random random) {
        IDocument document = sync.getDocument();
        String text = document.get();
        int at = text.indexOf("52:54:00:", random.nextInt(text.length() / 2));
        if (at < 0) {
            return "nothing typed";
        }
        document.set(text.substring(0, at) + "52:54:00:bb" + text.substring(at + 11));
        assertTrue(TestDomains.pumpUntil(display, () -> sync.getState() != State.PENDING, 10_000), "the typing was parsed");
        return "typed";
    }

    private static Map<EAttribute, Object> values(EAttribute attribute, String text) {
        Map<EAttribute, Object> values = new HashMap<>();
        values.put(attribute, text == null ? null : EcoreUtil.createFromString(attribute.getEAttributeType(), text));
        return values;
    }
}
