package org.vdevstudio.ui.libvirt;

import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Consumer;

import org.eclipse.core.runtime.ILog;
import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.ListenerList;
import org.eclipse.core.runtime.jobs.ISchedulingRule;
import org.eclipse.core.runtime.jobs.Job;
import org.vdevstudio.libvirt.DomainSummary;
import org.vdevstudio.libvirt.LibvirtConnection;
import org.vdevstudio.libvirt.LibvirtError;

/**
 * The libvirt connections the application holds open, one per URI, shared by the Domains view,
 * the editors' Apply and the Host Devices view's "used by". Connecting, listing and
 * disconnecting run as jobs (one at a time per URI, by a scheduling rule); listeners hear of
 * every change of a URI's state, on the job's thread.
 * <p>
 * One shared connection per URI matters beyond saving sockets: each connection to a test-driver
 * state file has its own in-memory state, so the view, the editors and Apply must use the same.
 */
public final class Connections {

    public enum Status {
        DISCONNECTED, CONNECTING, CONNECTED, FAILED
    }

    /** What is known of one URI: its status, libvirt's verbatim error when it failed, its domains when connected. */
    public record State(String uri, Status status, String error, List<DomainRow> domains) {

        static State disconnected(String uri) {
            return new State(uri, Status.DISCONNECTED, null, List.of());
        }
    }

    private static final Connections INSTANCE = new Connections();

    private final Map<String, LibvirtConnection> open = new ConcurrentHashMap<>();
    private final Map<String, State> states = new ConcurrentHashMap<>();
    private final ListenerList<Consumer<String>> listeners = new ListenerList<>();

    private Connections() {
    }

    /** The application's connections. */
    public static Connections get() {
        return INSTANCE;
    }

    public State state(String uri) {
        return states.getOrDefault(uri, State.disconnected(uri));
    }

    /** The open connection to {@code uri}, or null when not connected. */
    public LibvirtConnection connection(String uri) {
        return open.get(uri);
    }

    /** Hears the URI whose state changed, on whatever thread changed it. */
    public void addListener(Consumer<String> listener) {
        listeners.add(listener);
    }

    public void removeListener(Consumer<String> listener) {
        listeners.remove(listener);
    }

    /** Connects (unless connected) and lists the domains. */
    public Job connect(String uri) {
        return schedule("Connect to " + uri, uri, monitor -> {
            if (!open.containsKey(uri)) {
                set(new State(uri, Status.CONNECTING, null, List.of()));
                DemoConnection.prepare(uri);
                LibvirtConnection session = Cancellable.run(monitor, "Connecting to " + uri, () -> LibvirtConnection.open(uri),
                        Connections::closeQuietly);
                open.put(uri, session);
            }
            list(uri);
        });
    }

    /** Lists the domains again (connecting first when needed). */
    public Job refresh(String uri) {
        return open.containsKey(uri) ? schedule("Refresh " + uri, uri, monitor -> list(uri)) : connect(uri);
    }

    public Job disconnect(String uri) {
        return schedule("Disconnect from " + uri, uri, monitor -> {
            LibvirtConnection session = open.remove(uri);
            set(State.disconnected(uri));
            if (session != null) {
                session.close();
            }
        });
    }

    /**
     * The open connection to {@code uri}, connecting first if needed; for jobs that are already
     * running in the background (Apply, opening a domain).
     */
    public LibvirtConnection require(String uri, IProgressMonitor monitor) throws Exception {
        LibvirtConnection session = open.get(uri);
        if (session != null) {
            return session;
        }
        connect(uri).join(0, monitor);
        session = open.get(uri);
        if (session == null) {
            State s = state(uri);
            throw new IllegalStateException(s.error() != null ? s.error() : "Not connected to " + uri);
        }
        return session;
    }

    private void list(String uri) throws Exception {
        LibvirtConnection session = open.get(uri);
        if (session != null) {
            set(new State(uri, Status.CONNECTED, null, rows(uri, session.listDomains())));
        }
    }

    private static List<DomainRow> rows(String uri, List<DomainSummary> domains) {
        return domains.stream().sorted(Comparator.comparing(DomainSummary::name))
                .map(d -> new DomainRow(uri, d.name(), d.state().label(), d.active(), d.persistent())).toList();
    }

    /** A connection that opened after its job was cancelled: nobody wants it. */
    private static void closeQuietly(LibvirtConnection c) {
        try {
            c.close();
        } catch (LibvirtError e) {
            ILog.of(Connections.class).warn("Closing a connection opened after its job was cancelled: " + e.getMessage());
        }
    }

    private void set(State s) {
        states.put(s.uri(), s);
        for (Consumer<String> l : listeners) {
            l.accept(s.uri());
        }
    }

    /** Work of a job that may fail with libvirt's error. */
    private interface Work {
        void run(IProgressMonitor monitor) throws Exception;
    }

    private Job schedule(String name, String uri, Work work) {
        Job job = Job.create(name, monitor -> {
            try {
                work.run(monitor);
                return org.eclipse.core.runtime.Status.OK_STATUS;
            } catch (Cancellable.Cancelled e) {
                set(open.containsKey(uri) ? state(uri) : State.disconnected(uri));
                return org.eclipse.core.runtime.Status.CANCEL_STATUS;
            } catch (Exception e) {
                // A listing that fails keeps the connection open: Refresh tries again.
                String message = Failures.message(e);
                set(new State(uri, Status.FAILED, message, List.of()));
                return org.eclipse.core.runtime.Status.error(message, e);
            }
        });
        job.setRule(new UriRule(uri));
        job.setUser(true);
        job.schedule();
        return job;
    }

    /** One job at a time per URI: a refresh waits for the connect before it. */
    private record UriRule(String uri) implements ISchedulingRule {

        @Override
        public boolean contains(ISchedulingRule rule) {
            return equals(rule);
        }

        @Override
        public boolean isConflicting(ISchedulingRule rule) {
            return equals(rule);
        }
    }
}
