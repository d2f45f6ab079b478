package org.vdevstudio.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.eclipse.core.runtime.preferences.IEclipsePreferences;
import org.eclipse.core.runtime.preferences.InstanceScope;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.osgi.service.prefs.BackingStoreException;
import org.vdevstudio.ui.libvirt.ConnectionList;

/** The libvirt URIs of the Domains view, kept in preferences: defaults, add, remove, and what counts as a URI. */
class ConnectionListTest {

    private static final String DEMO = "test:///srv/demo/node.xml";

    private IEclipsePreferences node;
    private ConnectionList list;

    @BeforeEach
    void node() {
        node = (IEclipsePreferences) InstanceScope.INSTANCE.getNode("org.vdevstudio.ui.tests").node("connections" + System.nanoTime());
        list = new ConnectionList(node, () -> DEMO);
    }

    @AfterEach
    void remove() throws BackingStoreException {
        node.removeNode();
    }

    @Test
    void theDemoHostComesFirstThenTheLocalDaemons() {
        assertEquals(List.of(DEMO, "qemu:///system", "qemu:///session"), list.uris());
    }

    @Test
    void addedUrisAreKeptInOrderAndOnce() {
        assertTrue(list.add("qemu+ssh://root@host/system"));
        assertFalse(list.add("qemu+ssh://root@host/system"), "listed once");

        assertEquals(List.of(DEMO, "qemu:///system", "qemu:///session", "qemu+ssh://root@host/system"),
                new ConnectionList(node, () -> DEMO).uris(), "read back from the preferences");
    }

    @Test
    void removingEveryUriLeavesAnEmptyListUntilReset() {
        for (String uri : list.uris()) {
            assertTrue(list.remove(uri));
        }
        assertEquals(List.of(), list.uris(), "the user's choice, not the defaults again");
        assertFalse(list.remove("qemu:///system"));

        list.reset();
        assertEquals(List.of(DEMO, "qemu:///system", "qemu:///session"), list.uris());
    }

    @Test
    void aUriNeedsADriverAndNoBlanks() {
        assertNull(ConnectionList.check("qemu+ssh://root@host/system"));
        assertNull(ConnectionList.check("test:///default"));
        assertNull(ConnectionList.check("qemu:///system?socket=/run/libvirt/libvirt-sock"));
        assertNotNull(ConnectionList.check(""));
        assertNotNull(ConnectionList.check("host/system"));
        assertNotNull(ConnectionList.check("qemu:///sys tem"));
    }
}
