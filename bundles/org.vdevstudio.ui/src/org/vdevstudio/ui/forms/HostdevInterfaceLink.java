package org.vdevstudio.ui.forms;

import org.eclipse.emf.common.command.Command;
import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;
import org.eclipse.ui.forms.events.HyperlinkAdapter;
import org.eclipse.ui.forms.events.HyperlinkEvent;
import org.eclipse.ui.forms.widgets.Hyperlink;
import org.vdevstudio.core.HostDevice;
import org.vdevstudio.core.edit.HostdevConversion;
import org.vdevstudio.core.validation.Labels;
import org.vdevstudio.model.domain.Interface;

/**
 * The device of a hostdev interface: the interface owns it and the Interfaces page edits it, so
 * here are only what it is, a link there, and the way back to a plain {@code <hostdev>}.
 */
public class HostdevInterfaceLink extends DeviceDetailsPage {

    /** The label of the button that turns the interface back into a {@code <hostdev>}. */
    public static final String CONVERT = "Convert to plain <hostdev>";
    /** The field name of the link (tests find it by this). */
    public static final String LINK = "interfaceLink";

    private final DeviceNavigator navigator;
    private Label what;
    private Button convert;

    public HostdevInterfaceLink(DetailsContext details, DeviceNavigator navigator) {
        super(details);
        this.navigator = navigator;
    }

    @Override
    protected void createSections(Composite parent) {
        Composite client = section(parent, "Hostdev interface",
                "An SR-IOV virtual function given as <interface type='hostdev'>; its MAC, VLAN and PCI address are edited there.");
        what = toolkit().createLabel(client, "", SWT.WRAP);
        what.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false, 3, 1));
        Hyperlink link = toolkit().createHyperlink(client, "Edit this interface on the Interfaces page", SWT.NONE);
        link.setLayoutData(new GridData(SWT.BEGINNING, SWT.CENTER, false, false, 3, 1));
        link.setData(FieldBinder.FIELD_KEY, LINK);
        link.addHyperlinkListener(new HyperlinkAdapter() {
            @Override
            public void linkActivated(HyperlinkEvent e) {
                if (selected.getValue() instanceof Interface i) {
                    navigator.reveal(i);
                }
            }
        });
        convert = toolkit().createButton(client, CONVERT, SWT.PUSH);
        convert.setLayoutData(new GridData(SWT.BEGINNING, SWT.CENTER, false, false, 3, 1));
        convert.setData(FieldBinder.FIELD_KEY, CONVERT);
        convert.addListener(SWT.Selection, e -> {
            Command c = selected.getValue() instanceof Interface i ? HostdevConversion.toHostdev(i) : null;
            if (c != null && c.canExecute()) {
                details.domain().getCommandStack().execute(c);
            }
        });
    }

    @Override
    protected void deviceChanged() {
        Interface i = selected.getValue() instanceof Interface s ? s : null;
        HostDevice d = i == null ? null : HostDevice.of(i);
        what.setText(d == null ? "" : d.describeSource() + ", the device of " + Labels.describe(i));
        convert.setEnabled(i != null && HostdevConversion.canConvert(i));
        what.getParent().layout();
    }
}
