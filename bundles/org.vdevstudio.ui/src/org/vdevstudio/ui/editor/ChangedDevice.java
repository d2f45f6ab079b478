package org.vdevstudio.ui.editor;

import org.eclipse.emf.common.notify.Notification;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.util.EContentAdapter;
import org.vdevstudio.model.domain.Devices;

/**
 * Watches a document's model for the Source page: whether everything that changed since the last
 * {@link #take()} lies within one device (a child of {@code <devices>}), so that only that
 * device's text needs writing again.
 */
final class ChangedDevice extends EContentAdapter {

    private EObject device;
    /** Something outside a device, or a second device, changed. */
    private boolean wider;

    @Override
    public void notifyChanged(Notification n) {
        super.notifyChanged(n); // follows content added and removed
        if (n.isTouch()) {
            return;
        }
        if (n.getNotifier() instanceof Resource && n.getFeatureID(Resource.class) != Resource.RESOURCE__CONTENTS) {
            // the resource's own state: every save clears its errors and warnings and sets its time
            // stamp, and those are no change to the text (taking them as one made every edit after
            // a save, or after the problem check wrote the model out, rewrite the whole text)
            return;
        }
        EObject changed = n.getNotifier() instanceof EObject o ? deviceOf(o) : null;
        if (changed == null || device != null && device != changed) {
            wider = true;
        } else {
            device = changed;
        }
    }

    /** The one device that changed since the last call, or null (nothing, or more than one device changed). */
    EObject take() {
        EObject result = wider ? null : device;
        device = null;
        wider = false;
        return result;
    }

    private static EObject deviceOf(EObject o) {
        EObject x = o;
        while (x.eContainer() != null && !(x.eContainer() instanceof Devices)) {
            x = x.eContainer();
        }
        return x.eContainer() instanceof Devices ? x : null;
    }
}
