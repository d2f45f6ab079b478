package org.vdevstudio.ui.forms;

import org.eclipse.swt.widgets.Composite;
import org.vdevstudio.model.domain.DomainPackage.Literals;

/** A capabilities-mode device (storage, misc, net) or one without a type: its mode and type; the rest in the Source page. */
public class OtherHostdevDetails extends HostdevDetailsBase {

    public OtherHostdevDetails(DetailsContext details) {
        super(details);
    }

    @Override
    protected void createSections(Composite parent) {
        Composite kind = section(parent, "Host device", "Edit the details of this kind of device in the Source page.");
        fields.choice(kind, "mode", "Mode:", value("Mode", Literals.HOSTDEV__MODE), choices(Literals.HOSTDEV__MODE));
        fields.choice(kind, "type", "Type:", value("Type", Literals.HOSTDEV__TYPE), choices(Literals.HOSTDEV__TYPE));
        fields.text(kind, "alias", "Alias:", value("Alias", Literals.ALIAS__NAME, Literals.HOSTDEV__ALIAS), null);
    }
}
