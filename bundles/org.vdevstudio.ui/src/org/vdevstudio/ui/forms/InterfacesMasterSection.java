package org.vdevstudio.ui.forms;

import java.util.List;

import org.eclipse.swt.widgets.Composite;
import org.eclipse.ui.forms.widgets.FormToolkit;
import org.vdevstudio.core.edit.HostdevConversion;
import org.vdevstudio.core.edit.InterfaceCommands;
import org.vdevstudio.model.domain.Interface;
import org.vdevstudio.ui.editor.InterfacesSection;

/**
 * The master of the Interfaces page: every {@code <interface>} in document order, and the
 * buttons that add, remove, duplicate and reorder them and turn a hostdev interface into a
 * plain {@code <hostdev>} (each one command).
 */
public class InterfacesMasterSection extends DeviceMasterSection<Interface> {

    public InterfacesMasterSection(Composite parent, FormToolkit toolkit, DetailsContext details) {
        super(parent, toolkit, details, "Interfaces", "The guest's network interfaces, in document order.",
                InterfacesSection.COLUMNS, InterfacesSection.rows());
        button("Add", InterfaceCommands::add);
        button("Remove", d -> getSelected() == null ? null : InterfaceCommands.remove(getSelected()));
        button("Duplicate", d -> getSelected() == null ? null : InterfaceCommands.duplicate(getSelected()));
        button("Up", d -> getSelected() == null ? null : InterfaceCommands.move(getSelected(), -1));
        button("Down", d -> getSelected() == null ? null : InterfaceCommands.move(getSelected(), +1));
        button("To <hostdev>", d -> getSelected() == null ? null : HostdevConversion.toHostdev(getSelected()));
    }

    @Override
    protected boolean selectAdded(Object affected, List<Interface> before) {
        if (affected instanceof Interface i && i.eContainer() != null && !before.contains(i)) {
            select(i);
            return true;
        }
        return false;
    }
}
