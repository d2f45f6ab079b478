package org.vdevstudio.ui.overview;

import java.util.List;
import java.util.function.Consumer;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.ui.forms.SectionPart;
import org.eclipse.ui.forms.events.HyperlinkAdapter;
import org.eclipse.ui.forms.events.HyperlinkEvent;
import org.eclipse.ui.forms.widgets.FormToolkit;
import org.eclipse.ui.forms.widgets.Hyperlink;
import org.eclipse.ui.forms.widgets.Section;
import org.vdevstudio.core.HostDevice;
import org.vdevstudio.core.HostDevices;
import org.vdevstudio.core.io.DomainResource;
import org.vdevstudio.core.validation.Labels;
import org.vdevstudio.model.domain.Domain;
import org.vdevstudio.model.domain.Hostdev;
import org.vdevstudio.model.domain.Interface;
import org.vdevstudio.ui.editor.FormLayouts;
import org.vdevstudio.ui.forms.DeviceNavigator;
import org.vdevstudio.ui.forms.FieldBinder;
import org.vdevstudio.ui.forms.HostDevicesPage;
import org.vdevstudio.ui.forms.InterfacesPage;

/**
 * How many interfaces and host devices the domain has, with links to their pages, and a link to
 * each device (the first few: the pages list them all).
 */
public class DevicesSummarySection extends SectionPart {

    /** Device links shown at most; a domain may have a thousand devices. */
    static final int MAX_DEVICE_LINKS = 12;

    private final FormToolkit toolkit;
    private final DomainResource resource;
    private final DeviceNavigator navigator;
    private final Consumer<String> pages;
    private final Composite client;

    public DevicesSummarySection(Composite parent, FormToolkit toolkit, DomainResource resource, DeviceNavigator navigator,
            Consumer<String> pages) {
        super(parent, toolkit, Section.TITLE_BAR | Section.DESCRIPTION | Section.EXPANDED);
        this.toolkit = toolkit;
        this.resource = resource;
        this.navigator = navigator;
        this.pages = pages;
        Section section = getSection();
        section.setText("Devices");
        section.setDescription("The network interfaces and host devices; follow a link to edit them.");
        client = toolkit.createComposite(section);
        client.setLayout(FormLayouts.sectionClient(1));
        section.setClient(client);
        refresh();
    }

    @Override
    public void refresh() {
        for (Control c : client.getChildren()) {
            c.dispose();
        }
        Domain domain = resource.getDomain();
        List<Interface> interfaces = domain == null || domain.getDevices() == null ? List.of() : domain.getDevices().getInterfaces();
        List<HostDevice> hostDevices = domain == null ? List.of() : HostDevices.of(domain);
        long vfs = hostDevices.stream().filter(HostDevice::isInterface).count();
        link("interfacesPage", interfaces.size() + " network interfaces", () -> pages.accept(InterfacesPage.ID));
        int shown = 0;
        for (Interface i : interfaces) {
            if (shown++ < MAX_DEVICE_LINKS) {
                deviceLink(i, Labels.describe(i));
            }
        }
        link("hostDevicesPage", hostDevices.size() + " host devices (" + vfs + " of them hostdev interfaces)",
                () -> pages.accept(HostDevicesPage.ID));
        for (HostDevice d : hostDevices) {
            if (d.getOwner() instanceof Hostdev h && shown++ < MAX_DEVICE_LINKS) {
                deviceLink(h, Labels.describe(h));
            }
        }
        if (shown > MAX_DEVICE_LINKS) {
            toolkit.createLabel(client, "\u2026 and " + (shown - MAX_DEVICE_LINKS) + " more on the pages above");
        }
        client.layout(true, true);
        getSection().getParent().layout(true, true);
        super.refresh();
    }

    private void deviceLink(EObject device, String text) {
        Hyperlink l = link(null, "    " + text, () -> navigator.reveal(device));
        l.setData("vdev.device", device);
    }

    private Hyperlink link(String name, String text, Runnable action) {
        Hyperlink l = toolkit.createHyperlink(client, text, SWT.NONE);
        l.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));
        if (name != null) {
            l.setData(FieldBinder.FIELD_KEY, name);
        }
        l.addHyperlinkListener(new HyperlinkAdapter() {
            @Override
            public void linkActivated(HyperlinkEvent e) {
                action.run();
            }
        });
        return l;
    }
}
