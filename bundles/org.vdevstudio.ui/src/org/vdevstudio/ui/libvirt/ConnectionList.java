package org.vdevstudio.ui.libvirt;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.function.Supplier;

import org.eclipse.core.runtime.ILog;
import org.eclipse.core.runtime.preferences.IEclipsePreferences;
import org.eclipse.core.runtime.preferences.InstanceScope;
import org.osgi.service.prefs.BackingStoreException;

/**
 * The libvirt URIs the Domains view lists, kept in the instance preferences of this bundle (one
 * URI a line). With nothing stored, the defaults: the demo state file of libvirt's in-process test
 * driver first (so the application is useful on a machine without a daemon), then the local
 * system and session daemons. Removing every URI stores an empty list, not the defaults again.
 */
public final class ConnectionList {

    static final String KEY = "libvirt.connections";
    static final String QUALIFIER = "org.vdevstudio.ui";

    private final IEclipsePreferences node;
    private final Supplier<String> demoUri;

    /** A list kept in {@code node}, with {@code demoUri} first among the defaults. */
    public ConnectionList(IEclipsePreferences node, Supplier<String> demoUri) {
        this.node = node;
        this.demoUri = demoUri;
    }

    /** The list in the workspace's preferences. */
    public static ConnectionList instance() {
        return new ConnectionList(InstanceScope.INSTANCE.getNode(QUALIFIER), DemoConnection::uri);
    }

    /** The stored URIs in their order, or the defaults when none were ever stored. */
    public List<String> uris() {
        String stored = node.get(KEY, null);
        if (stored == null) {
            return defaults();
        }
        List<String> out = new ArrayList<>();
        for (String line : stored.split("\n")) {
            if (!line.isBlank()) {
                out.add(line.strip());
            }
        }
        return Collections.unmodifiableList(out);
    }

    /** The demo test-driver URI, qemu:///system, qemu:///session. */
    public List<String> defaults() {
        return List.of(demoUri.get(), "qemu:///system", "qemu:///session");
    }

    /** Adds {@code uri} at the end (once); false when it was already listed. */
    public boolean add(String uri) {
        LinkedHashSet<String> set = new LinkedHashSet<>(uris());
        boolean added = set.add(uri.strip());
        if (added) {
            store(set);
        }
        return added;
    }

    /** Removes {@code uri}; false when it was not listed. */
    public boolean remove(String uri) {
        LinkedHashSet<String> set = new LinkedHashSet<>(uris());
        boolean removed = set.remove(uri);
        if (removed) {
            store(set);
        }
        return removed;
    }

    /** Forgets the stored list: the defaults apply again. */
    public void reset() {
        node.remove(KEY);
        flush();
    }

    private void store(Iterable<String> uris) {
        node.put(KEY, String.join("\n", uris));
        flush();
    }

    private void flush() {
        try {
            node.flush();
        } catch (BackingStoreException e) {
            // the list still holds for this session; only its persistence failed
            ILog.of(ConnectionList.class).error("Cannot store the libvirt connection list", e);
        }
    }

    /**
     * A URI the user typed is one libvirt can parse: a scheme, "://", and no white space. libvirt
     * itself judges the rest when connecting; null when acceptable, else why not.
     */
    public static String check(String uri) {
        String u = uri == null ? "" : uri.strip();
        if (u.isEmpty()) {
            return "Enter a libvirt URI, such as qemu+ssh://host/system";
        }
        if (!u.matches("[A-Za-z][A-Za-z0-9+.-]*:(//)?\\S*")) {
            return "Not a libvirt URI (driver[+transport]://[user@][host][:port]/path[?params]): " + u;
        }
        return null;
    }
}
