package org.vdevstudio.core.edit;

import java.util.List;

import org.eclipse.emf.common.command.Command;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EReference;
import org.vdevstudio.model.domain.Devices;
import org.vdevstudio.model.domain.Domain;
import org.vdevstudio.model.domain.DomainFactory;
import org.vdevstudio.model.domain.DomainPackage;

/**
 * Where new devices go, for every command that adds them (the form's Add buttons, the host
 * browser, the CLI): after the last device of their kind, else after the last device, inside a
 * {@code <devices>} made for them when the domain has none; indented like their siblings.
 */
final class DeviceInsertion {

    private DeviceInsertion() {
    }

    /** Appends {@code devices} (detached) as {@code feature} children of the domain's {@code <devices>}, in one command. */
    static Command append(String label, Domain domain, EReference feature, List<? extends EObject> devices) {
        Devices existing = domain.getDevices();
        if (existing == null) {
            Devices created = DomainFactory.eINSTANCE.createDevices();
            @SuppressWarnings("unchecked")
            List<EObject> list = (List<EObject>) created.eGet(feature);
            list.addAll(devices);
            return Indentation.insertAfter(label, domain, DomainPackage.Literals.DOMAIN__DEVICES, created, null);
        }
        @SuppressWarnings("unchecked")
        List<EObject> same = (List<EObject>) existing.eGet(feature);
        EObject anchor = same.isEmpty() ? null : same.get(same.size() - 1);
        return Indentation.insertAfter(label, existing, feature, devices, anchor);
    }

    /** Moves a device one place up ({@code -1}) or down ({@code +1}) among the devices of its kind; unexecutable at an end. */
    static Command move(String label, EObject device, int direction) {
        @SuppressWarnings("unchecked")
        List<EObject> same = (List<EObject>) device.eContainer().eGet(device.eContainmentFeature());
        int to = same.indexOf(device) + direction;
        if (to < 0 || to >= same.size()) {
            return org.eclipse.emf.common.command.UnexecutableCommand.INSTANCE;
        }
        return Indentation.swap(label, device, same.get(to));
    }
}
