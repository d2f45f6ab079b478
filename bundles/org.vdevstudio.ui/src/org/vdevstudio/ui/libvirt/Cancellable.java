package org.vdevstudio.ui.libvirt;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.Consumer;

import org.eclipse.core.runtime.IProgressMonitor;

/**
 * Runs a blocking libvirt call (opening a remote connection can wait minutes for ssh) on its own
 * thread while the job watches its monitor: Cancel returns at once, and what the call still
 * returns later is closed by {@code discard} instead of leaking.
 */
final class Cancellable {

    /** The user cancelled before the call returned. */
    static final class Cancelled extends Exception {
        private static final long serialVersionUID = 1L;

        Cancelled(String task) {
            super("Cancelled: " + task);
        }
    }

    /** A call that may fail with libvirt's error. */
    interface Call<T> {
        T call() throws Exception;
    }

    private static final long POLL_MS = 100;

    private Cancellable() {
    }

    static <T> T run(IProgressMonitor monitor, String task, Call<T> call, Consumer<T> discard) throws Exception {
        monitor.beginTask(task, IProgressMonitor.UNKNOWN);
        CompletableFuture<T> future = new CompletableFuture<>();
        Thread thread = new Thread(() -> {
            try {
                future.complete(call.call());
            } catch (Exception | Error e) {
                future.completeExceptionally(e);
            }
        }, task);
        thread.setDaemon(true);
        thread.start();
        try {
            while (true) {
                if (monitor.isCanceled()) {
                    future.thenAccept(discard);
                    throw new Cancelled(task);
                }
                try {
                    return future.get(POLL_MS, TimeUnit.MILLISECONDS);
                } catch (TimeoutException e) {
                    // still waiting for libvirt: look at the monitor again
                } catch (ExecutionException e) {
                    if (e.getCause() instanceof Exception cause) {
                        throw cause;
                    }
                    throw e;
                }
            }
        } finally {
            monitor.done();
        }
    }
}
