package org.vdevstudio.ui.editor;

import java.util.List;
import java.util.Locale;

import org.eclipse.swt.widgets.Composite;
import org.eclipse.ui.forms.widgets.FormToolkit;
import org.vdevstudio.core.HostDevice;
import org.vdevstudio.core.HostDevices;
import org.vdevstudio.core.io.DomainResource;
import org.vdevstudio.core.validation.Labels;

/**
 * Every host device given to the guest: each {@code <hostdev>} and the device of each
 * {@code <interface type='hostdev'>}, which the Interface column names (the interface owns it).
 */
public class HostDevicesSection extends DeviceTableSection<HostDevice> {

    public static final List<Column<HostDevice>> COLUMNS = List.of(
            new Column<>("#", 4, r -> Integer.toString(r.number())),
            new Column<>("Kind", 9, r -> r.device().getKind().name().toLowerCase(Locale.ROOT)),
            new Column<>("Source", 26, r -> r.device().describeSource()),
            new Column<>("Managed", 11, r -> r.device().isManaged() ? "yes" : "no"),
            new Column<>("Interface", 36, r -> r.device().isInterface() ? Labels.describe(r.device().getInterface()) : ""));

    public static DeviceRowsProvider<HostDevice> rows() {
        return new DeviceRowsProvider<>(HostDevices::of);
    }

    public HostDevicesSection(Composite parent, FormToolkit toolkit, DomainResource resource) {
        super(parent, toolkit, resource, "Host devices",
                "Devices of the host passed through to the guest, including those of hostdev interfaces.",
                COLUMNS, rows());
    }
}
