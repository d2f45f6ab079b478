package org.vdevstudio.bench.floors;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.Arrays;
import java.util.Deque;
import java.util.HashSet;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.osgi.framework.Bundle;
import org.osgi.framework.BundleContext;
import org.osgi.framework.FrameworkUtil;
import org.osgi.framework.InvalidSyntaxException;
import org.osgi.framework.ServiceReference;
import org.osgi.framework.wiring.BundleRevision;
import org.osgi.framework.wiring.BundleWire;
import org.osgi.framework.wiring.BundleWiring;

/**
 * The bundles that the e4 floor needs, as the running framework wired them. The roots: this bundle,
 * the bundles that floor.e4xmi names, the
 * e4 application with its renderers, and the bundles the product's configuration starts (the
 * runtime, Declarative Services, the event admin). From them: every bundle they are wired to by a
 * requirement that is not optional (required bundles, imported packages; and the fragments of their
 * hosts), and every bundle that registered a service that one of those uses (the event admin and
 * Declarative Services aside: they get every bundle's handlers and components; and model processors
 * aside: contributions to the model, not needs of the floor), to a fixed point. releng/bin/bench-startup has them written
 * ({@code -Dvdev.floor.closure=FILE}) to start the lean e4 floor on those alone: no bundle there
 * contributes model fragments, commands or addons that the floor did not ask for.
 */
final class BundleClosure {

    /** Bundles that get the services of every bundle (event handlers, listeners): their use says nothing about need. */
    private static final Set<String> DISPATCHERS = Set.of("org.eclipse.equinox.event", "org.apache.felix.scr");

    /** A service that contributes to the application model: its bundle offers, the floor does not ask. */
    private static final String MODEL_PROCESSOR = "org.eclipse.e4.ui.workbench.modeling.IModelProcessorContribution";

    private BundleClosure() {
    }

    static void writeIfAsked() {
        String file = System.getProperty("vdev.floor.closure");
        if (file == null) {
            return;
        }
        BundleContext context = FrameworkUtil.getBundle(BundleClosure.class).getBundleContext();
        Set<String> roots = new TreeSet<>(Set.of("org.eclipse.e4.ui.workbench.swt", "org.eclipse.e4.ui.workbench.renderers.swt",
                "org.eclipse.core.runtime", "org.apache.felix.scr", "org.eclipse.equinox.event", "org.eclipse.equinox.common"));
        try (InputStream in = context.getBundle().getEntry("floor.e4xmi").openStream()) {
            Matcher m = Pattern.compile("bundleclass://([^/\"]+)/").matcher(new String(in.readAllBytes(), StandardCharsets.UTF_8));
            while (m.find()) {
                roots.add(m.group(1));
            }
        } catch (IOException e) {
            throw new IllegalStateException("Cannot read floor.e4xmi", e);
        }
        Set<Bundle> needed = new HashSet<>();
        Deque<Bundle> todo = new ArrayDeque<>();
        todo.add(context.getBundle());
        for (Bundle b : context.getBundles()) {
            if (roots.contains(b.getSymbolicName())) {
                todo.add(b);
            }
        }
        boolean grew = true;
        while (grew) {
            while (!todo.isEmpty()) {
                Bundle b = todo.pop();
                if (!needed.add(b)) {
                    continue;
                }
                BundleWiring wiring = b.adapt(BundleWiring.class);
                if (wiring == null) {
                    continue;
                }
                for (BundleWire w : wiring.getRequiredWires(null)) {
                    Bundle provider = w.getProvider().getBundle();
                    boolean optional = "optional".equals(w.getRequirement().getDirectives().get("resolution"));
                    if (!optional) {
                        todo.add(provider);
                    }
                }
                for (BundleWire w : wiring.getProvidedWires(null)) {
                    if ((w.getRequirer().getTypes() & BundleRevision.TYPE_FRAGMENT) != 0) {
                        todo.add(w.getRequirer().getBundle()); // a fragment of a needed host
                    }
                }
            }
            grew = false;
            try {
                ServiceReference<?>[] all = context.getAllServiceReferences(null, null);
                for (ServiceReference<?> ref : all == null ? new ServiceReference<?>[0] : all) {
                    Bundle[] users = ref.getUsingBundles();
                    boolean contribution = Arrays.asList((String[]) ref.getProperty("objectClass")).contains(MODEL_PROCESSOR);
                    if (users != null && !contribution
                            && Arrays.stream(users).anyMatch(u -> needed.contains(u) && !DISPATCHERS.contains(u.getSymbolicName()))
                            && !needed.contains(ref.getBundle())) {
                        todo.add(ref.getBundle());
                        grew = true;
                    }
                }
            } catch (InvalidSyntaxException e) {
                throw new IllegalStateException(e);
            }
        }
        Set<String> names = new TreeSet<>();
        for (Bundle b : needed) {
            if (b.getBundleId() != 0) {
                names.add(b.getSymbolicName());
            }
        }
        try {
            Files.write(Path.of(file), names);
        } catch (IOException e) {
            throw new IllegalStateException("Cannot write " + file, e);
        }
    }
}
