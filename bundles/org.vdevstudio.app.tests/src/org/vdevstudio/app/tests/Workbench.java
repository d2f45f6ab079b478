package org.vdevstudio.app.tests;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.util.Arrays;
import java.util.List;
import java.util.function.BooleanSupplier;

import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Display;
import org.eclipse.ui.IEditorReference;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.PlatformUI;
import org.vdevstudio.core.io.DomainXml;
import org.vdevstudio.ui.editor.DomainEditor;

/** Helpers for tests that drive editors in the running workbench. */
final class Workbench {

    /** A small domain; {@link #named(String)} gives variants that differ in name (and length). */
    static final String DOMAIN = """
            <domain type='kvm'>
              <name>from-test</name>
              <memory unit='MiB'>64</memory>
              <os><type arch='x86_64' machine='pc'>hvm</type></os>
              <devices>
                <interface type='user'><mac address='52:54:00:00:00:01'/><model type='virtio'/></interface>
              </devices>
            </domain>
            """;

    private Workbench() {
    }

    static String named(String name) {
        return DOMAIN.replace("<name>from-test</name>", "<name>" + name + "</name>");
    }

    static IWorkbenchPage page() {
        return PlatformUI.getWorkbench().getActiveWorkbenchWindow().getActivePage();
    }

    /** Closes, without saving, the editors opened since {@code before} was taken from the page. */
    static void closeEditorsOpenedSince(List<IEditorReference> before) {
        page().closeEditors(Arrays.stream(page().getEditorReferences()).filter(e -> !before.contains(e))
                .toArray(IEditorReference[]::new), false);
        drainEvents();
    }

    /** The model of the editor, as XML. */
    static String model(DomainEditor editor) throws IOException {
        return DomainXml.toString(editor.getResource());
    }

    /** Runs the event loop (timers, asyncExec) until {@code condition} holds; fails after 10 s. */
    static void waitUntil(String what, BooleanSupplier condition) {
        Display display = Display.getCurrent();
        long end = System.currentTimeMillis() + 10_000;
        while (!condition.getAsBoolean()) {
            assertTrue(System.currentTimeMillis() < end, "timed out waiting until " + what);
            if (!display.readAndDispatch()) {
                try {
                    Thread.sleep(10); // jobs do not wake the display: poll
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    throw new AssertionError("interrupted waiting until " + what, e);
                }
            }
        }
    }

    /** Waits until a domain editor titled {@code partName} is open, and returns it. */
    static DomainEditor waitForEditor(String partName) {
        DomainEditor[] found = new DomainEditor[1];
        waitUntil("an editor on " + partName, () -> {
            for (IEditorReference ref : page().getEditorReferences()) {
                if (ref.getEditor(false) instanceof DomainEditor d && partName.equals(d.getPartName())) {
                    found[0] = d;
                    return true;
                }
            }
            return false;
        });
        return found[0];
    }

    /** Clicks a push button, as a user does: its selection listeners run. */
    static void click(Button button) {
        button.notifyListeners(SWT.Selection, null);
        drainEvents();
    }

    /** Runs the events already queued. */
    static void drainEvents() {
        Display display = Display.getCurrent();
        while (display.readAndDispatch()) {
            // run what is queued
        }
    }
}
