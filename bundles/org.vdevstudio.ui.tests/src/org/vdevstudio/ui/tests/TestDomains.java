package org.vdevstudio.ui.tests;

import java.util.function.BooleanSupplier;

import org.eclipse.emf.common.command.BasicCommandStack;
import org.eclipse.emf.edit.domain.AdapterFactoryEditingDomain;
import org.eclipse.emf.edit.provider.ReflectiveItemProviderAdapterFactory;
import org.eclipse.swt.widgets.Display;
import org.vdevstudio.core.io.DomainLoadException;
import org.vdevstudio.core.io.DomainResource;
import org.vdevstudio.core.io.DomainXml;
import org.vdevstudio.ui.forms.FormHeader;

/** The domain the UI tests edit, and helpers to drive the display loop. */
final class TestDomains {

    /** A user-mode NIC, an SR-IOV VF given as a hostdev interface (VLAN 42), and a plain PCI hostdev. */
    static final String XML = """
            <domain type='kvm'>
              <name>ui-test</name>
              <memory unit='MiB'>512</memory>
              <os>
                <type arch='x86_64' machine='q35'>hvm</type>
              </os>
              <devices>
                <interface type='user'>
                  <mac address='52:54:00:00:00:01'/>
                  <model type='virtio'/>
                </interface>
                <interface type='hostdev' managed='yes'>
                  <mac address='52:54:00:6d:90:02'/>
                  <source>
                    <address type='pci' domain='0x0000' bus='0x03' slot='0x10' function='0x1'/>
                  </source>
                  <vlan>
                    <tag id='42'/>
                  </vlan>
                </interface>
                <hostdev mode='subsystem' type='pci' managed='no'>
                  <source>
                    <address domain='0x0000' bus='0x06' slot='0x02' function='0x0'/>
                  </source>
                </hostdev>
              </devices>
            </domain>
            """;

    private TestDomains() {
    }

    static DomainResource load() throws DomainLoadException {
        return DomainXml.load(XML, "ui-test.xml");
    }

    static AdapterFactoryEditingDomain editingDomain(DomainResource resource) {
        return new AdapterFactoryEditingDomain(new ReflectiveItemProviderAdapterFactory(), new BasicCommandStack(),
                resource.getResourceSet());
    }

    /** Runs the event loop until {@code done} holds; false after {@code timeoutMs}. */
    static boolean pumpUntil(Display display, BooleanSupplier done, long timeoutMs) {
        long deadline = System.currentTimeMillis() + timeoutMs;
        while (!done.getAsBoolean()) {
            if (System.currentTimeMillis() > deadline) {
                return false;
            }
            if (!display.readAndDispatch()) {
                // a timer wakes sleep() up, so the deadline is checked even when nothing happens
                display.timerExec(20, () -> { });
                display.sleep();
            }
        }
        return true;
    }

    /**
     * Runs the event loop until {@code header} shows the domain's summary of the model as it is
     * now: headers take it a moment after the last command, not at the command.
     */
    static void awaitSummary(Display display, FormHeader header) {
        if (!pumpUntil(display, header::isCurrent, 30_000)) {
            throw new AssertionError("the header never took the domain's summary: " + header.describe());
        }
    }

    static void drain(Display display) {
        while (display.readAndDispatch()) {
            // run what is queued
        }
    }
}
