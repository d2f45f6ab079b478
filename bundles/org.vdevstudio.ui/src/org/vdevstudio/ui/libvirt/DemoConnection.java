package org.vdevstudio.ui.libvirt;

import java.io.IOException;
import java.nio.file.Path;

import org.eclipse.core.runtime.Platform;
import org.osgi.framework.FrameworkUtil;
import org.vdevstudio.libvirt.DemoHost;

/**
 * The demo host as a connection: libvirt's in-process test driver over the state file the
 * libvirt bundle ships, copied into this bundle's state area ({@code demo/node.xml}) when it is
 * connected to, so that the application is useful on a machine without a daemon.
 */
final class DemoConnection {

    private DemoConnection() {
    }

    private static Path folder() {
        return Path.of(Platform.getStateLocation(FrameworkUtil.getBundle(DemoConnection.class)).toOSString()).resolve("demo");
    }

    /** The demo's {@code test:///…/node.xml} URI (the file is written on connecting). */
    static String uri() {
        return DemoHost.uri(folder().resolve("node.xml"));
    }

    /** Before connecting to {@code uri}: the demo's state file is written afresh, so each connection starts from the shipped state. */
    static void prepare(String uri) throws IOException {
        if (uri.equals(uri())) {
            DemoHost.extract(folder());
        }
    }
}
