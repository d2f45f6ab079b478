package org.vdevstudio.ui.editor;

import java.util.List;

import org.eclipse.swt.widgets.Composite;
import org.eclipse.ui.forms.widgets.FormToolkit;
import org.vdevstudio.core.io.DomainResource;
import org.vdevstudio.model.domain.Interface;

/** The guest's network interfaces ({@code <interface>}), in document order. */
public class InterfacesSection extends DeviceTableSection<Interface> {

    public static final List<Column<Interface>> COLUMNS = List.of(
            new Column<>("#", 4, r -> Integer.toString(r.number())),
            new Column<>("Type", 10, r -> InterfaceText.type(r.device())),
            new Column<>("MAC", 19, r -> InterfaceText.mac(r.device())),
            new Column<>("Source", 30, r -> InterfaceText.source(r.device())),
            new Column<>("Model", 10, r -> InterfaceText.model(r.device())),
            new Column<>("VLAN", 14, r -> InterfaceText.vlan(r.device())));

    public static DeviceRowsProvider<Interface> rows() {
        return new DeviceRowsProvider<>(d -> d.getDevices() == null ? List.of() : d.getDevices().getInterfaces());
    }

    public InterfacesSection(Composite parent, FormToolkit toolkit, DomainResource resource) {
        super(parent, toolkit, resource, "Interfaces", "The guest's network interfaces, in document order.",
                COLUMNS, rows());
    }
}
