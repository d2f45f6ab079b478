package org.vdevstudio.cli.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;

import org.junit.jupiter.api.Test;
import org.osgi.framework.Bundle;
import org.osgi.framework.FrameworkUtil;

/** The CLI bundle resolves and sees the model and EMF through org.vdevstudio.core. */
class CliBundleTest {

    @Test
    void cliSeesEmfThroughCore() throws Exception {
        Bundle cli = null;
        for (Bundle bundle : FrameworkUtil.getBundle(CliBundleTest.class).getBundleContext().getBundles()) {
            if ("org.vdevstudio.cli".equals(bundle.getSymbolicName())) {
                cli = bundle;
            }
        }
        assertNotNull(cli, "org.vdevstudio.cli installed");
        Class<?> eObject = cli.loadClass("org.eclipse.emf.ecore.EObject");
        assertEquals("org.eclipse.emf.ecore", FrameworkUtil.getBundle(eObject).getSymbolicName());
    }
}
