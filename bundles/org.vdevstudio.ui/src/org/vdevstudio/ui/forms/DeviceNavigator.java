package org.vdevstudio.ui.forms;

import org.eclipse.emf.ecore.EObject;

/**
 * Shows a device on the page that edits it (an interface on the Interfaces page, a host device on
 * the Host devices page). Links on one page and the outline go through this, so that every
 * device has one editor and the pages do not know each other.
 */
@FunctionalInterface
public interface DeviceNavigator {

    /** Turns to the page of {@code device} and selects it there; false when no page shows it. */
    boolean reveal(EObject device);
}
