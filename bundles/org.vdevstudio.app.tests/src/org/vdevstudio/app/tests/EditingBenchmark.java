package org.vdevstudio.app.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.vdevstudio.app.tests.Workbench.page;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Locale;
import java.util.Map;

import org.eclipse.emf.common.command.BasicCommandStack;
import org.eclipse.emf.edit.domain.AdapterFactoryEditingDomain;
import org.eclipse.emf.edit.provider.ReflectiveItemProviderAdapterFactory;
import org.eclipse.jface.text.IDocument;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Text;
import org.eclipse.ui.IEditorReference;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.vdevstudio.app.Editors;
import org.vdevstudio.core.edit.ModelPath;
import org.vdevstudio.core.io.DomainResource;
import org.vdevstudio.core.io.DomainXml;
import org.vdevstudio.model.domain.DomainPackage.Literals;
import org.vdevstudio.model.domain.Interface;
import org.vdevstudio.ui.editor.DomainEditor;
import org.vdevstudio.ui.editor.DomainSummary;
import org.vdevstudio.ui.editor.SourceSync;
import org.vdevstudio.ui.forms.FieldBinder;
import org.vdevstudio.ui.forms.InterfacesPage;

/**
 * A benchmark, not a test: its name is outside the test run's patterns, releng/bin/bench-editing
 * runs it. A domain of 1000 devices (600 interfaces, 400 PCI host devices), edited two ways:
 * <ul>
 * <li>in the real workbench, the real editor: a MAC typed into the Interfaces page's field and
 * committed with Enter, as a user does, goes through the binding, a command on the editing
 * domain's stack, the model, and every listener of the stack (the Source page's text, the form
 * header's validation, the tables);</li>
 * <li>the Source page's part alone: the same kind of command on an editing domain with only the
 * editor's {@link SourceSync} listening.</li>
 * </ul>
 * Each edit is timed from the commit until the model and the Source document both show it
 * ("reached"), and (in the editor) until the event queue is empty again; after a warm-up, the
 * median and 95th percentile are printed as "bench-editing: ..." lines. The only assertions check
 * that the edits arrived and that the document is exactly the model's serialisation.
 */
class EditingBenchmark {

    private static final int INTERFACES = 600;
    private static final int HOSTDEVS = 400;

    @TempDir
    Path folder;

    @Test
    void sourcePageAloneOnAThousandDeviceDomain() throws Exception {
        int warmup = Integer.getInteger("vdev.bench.warmup", 150);
        int edits = Integer.getInteger("vdev.bench.edits", 300);
        DomainResource resource = DomainXml.load(domain(), "bench-1000.xml");
        AdapterFactoryEditingDomain editing = new AdapterFactoryEditingDomain(new ReflectiveItemProviderAdapterFactory(),
                new BasicCommandStack(), resource.getResourceSet());
        Display display = Display.getCurrent();
        SourceSync sync = new SourceSync(display, editing, resource, "bench-1000.xml", SourceSync.DEFAULT_DELAY_MS);
        try {
            Interface target = resource.getDomain().getDevices().getInterfaces().get(INTERFACES / 2);
            IDocument document = sync.getDocument();
            long[] reached = new long[edits];
            for (int i = 0; i < warmup + edits; i++) {
                String value = mac(i);
                long start = System.nanoTime();
                editing.getCommandStack().execute(ModelPath.of(Literals.INTERFACE__MAC).set(editing, "MAC", target,
                        Map.of(Literals.INTERFACE_MAC__ADDRESS, value)));
                long arrived = System.nanoTime();
                assertEquals(value, target.getMac().getAddress());
                assertTrue(document.get().contains("<mac address=\"" + value + "\"/>"), "the Source document shows the edit");
                if (i >= warmup) {
                    reached[i - warmup] = arrived - start;
                }
            }
            assertEquals(DomainXml.toString(resource), document.get(),
                    "after the edits the Source page shows exactly the model's serialisation");
            System.out.println(line("command to model and Source page (SourceSync alone)", reached, edits, warmup));
        } finally {
            sync.dispose();
        }
    }

    @Test
    void formEditsInTheEditorOnAThousandDeviceDomain() throws Exception {
        int warmup = Integer.getInteger("vdev.bench.editorWarmup", 10);
        int edits = Integer.getInteger("vdev.bench.editorEdits", 40);
        Path file = Files.writeString(folder.resolve("bench-1000.xml"), domain());
        DomainEditor editor = (DomainEditor) Editors.openDomain(page(), file);
        try {
            Workbench.drainEvents();
            editor.setActivePage(InterfacesPage.ID);
            InterfacesPage page = (InterfacesPage) editor.getActivePageInstance();
            Interface target = editor.getResource().getDomain().getDevices().getInterfaces().get(INTERFACES / 2);
            page.getBlock().getMaster().select(target);
            Workbench.drainEvents();
            Text mac = (Text) field(page.getManagedForm().getForm().getBody(), "mac");
            assertNotNull(mac, "the MAC field of the selected interface");
            IDocument document = editor.getSourceSync().getDocument();
            Display display = Display.getCurrent();

            long[] reached = new long[edits];
            long[] settled = new long[edits];
            for (int i = 0; i < warmup + edits; i++) {
                String value = mac(i);
                String element = "<mac address=\"" + value + "\"/>";
                long start = System.nanoTime();
                FieldBinder.commit(mac, value);
                long arrived = System.nanoTime();
                // The path is synchronous today; should it ever defer, wait for it (and count the wait).
                while (!value.equals(target.getMac().getAddress()) || document.get().indexOf(element) < 0) {
                    if (!display.readAndDispatch()) {
                        display.sleep();
                    }
                    arrived = System.nanoTime();
                }
                Workbench.drainEvents();
                long idle = System.nanoTime();
                if (i >= warmup) {
                    reached[i - warmup] = arrived - start;
                    settled[i - warmup] = idle - start;
                }
            }
            assertEquals(DomainXml.toString(editor.getResource()), document.get(),
                    "after the edits the Source page shows exactly the model's serialisation");
            System.out.println(line("editor: form field to model and Source page", reached, edits, warmup));
            System.out.println(line("editor: until the event queue is empty again", settled, edits, warmup));
            // What the form headers take once per pause (not per edit): the whole domain validated.
            long[] summary = new long[5];
            for (int i = 0; i < summary.length; i++) {
                long start = System.nanoTime();
                assertNotNull(DomainSummary.of(editor.getResource()));
                summary[i] = System.nanoTime() - start;
            }
            System.out.println(line("editor: the domain's summary (whole-domain validation)", summary, summary.length, 0));
        } finally {
            page().closeEditors(Arrays.stream(page().getEditorReferences())
                    .filter(r -> r.getEditor(false) == editor).toArray(IEditorReference[]::new), false);
            Workbench.drainEvents();
        }
    }

    private static String mac(int i) {
        return String.format(Locale.ROOT, "52:54:00:ee:%02x:%02x", i / 256 % 256, i % 256);
    }

    private static String line(String what, long[] nanos, int edits, int warmup) {
        long[] sorted = nanos.clone();
        Arrays.sort(sorted);
        double median = sorted[sorted.length / 2] / 1e6;
        double p95 = sorted[(int) Math.ceil(sorted.length * 0.95) - 1] / 1e6;
        return String.format(Locale.ROOT, "bench-editing: %s: median %.2f ms, p95 %.2f ms (%d edits after %d warm-up, %d devices)",
                what, median, p95, edits, warmup, INTERFACES + HOSTDEVS);
    }

    private static Control field(Composite parent, String name) {
        for (Control c : parent.getChildren()) {
            if (name.equals(c.getData(FieldBinder.FIELD_KEY)) && c.isVisible()) {
                return c;
            }
            if (c instanceof Composite k) {
                Control found = field(k, name);
                if (found != null) {
                    return found;
                }
            }
        }
        return null;
    }

    /** Everyday devices, the kind a large host-passthrough guest has. */
    static String domain() {
        StringBuilder b = new StringBuilder(256 * (INTERFACES + HOSTDEVS));
        b.append("<domain type='kvm'>\n  <name>bench-1000</name>\n  <memory unit='MiB'>4096</memory>\n")
                .append("  <os>\n    <type arch='x86_64' machine='pc-q35-7.2'>hvm</type>\n  </os>\n  <devices>\n");
        for (int i = 0; i < INTERFACES; i++) {
            b.append(String.format(Locale.ROOT, "    <interface type='network'>\n      <mac address='52:54:00:00:%02x:%02x'/>\n"
                    + "      <source network='default'/>\n      <model type='virtio'/>\n    </interface>\n", i / 256, i % 256));
        }
        for (int i = 0; i < HOSTDEVS; i++) {
            b.append(String.format(Locale.ROOT, "    <hostdev mode='subsystem' type='pci' managed='yes'>\n      <source>\n"
                    + "        <address domain='0x0000' bus='0x%02x' slot='0x%02x' function='0x0'/>\n      </source>\n    </hostdev>\n",
                    1 + i / 32, i % 32));
        }
        return b.append("  </devices>\n</domain>\n").toString();
    }
}
