package org.vdevstudio.ui.autosave;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Queue;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.function.BooleanSupplier;

import org.eclipse.core.runtime.ILog;
import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.jface.text.DocumentEvent;
import org.eclipse.jface.text.IDocument;
import org.eclipse.jface.text.IDocumentListener;
import org.eclipse.swt.widgets.Display;

/**
 * Autosaves one editor: some time after its text last changed ({@link #delayMs()}), a dirty
 * editor's text is copied on the display thread and written into the {@link AutosaveStore} by a
 * job; a clean one's entry is deleted. The text watched is the Source page's document, which is
 * the serialised model or, while the user types, what was typed, so both are kept.
 */
public final class Autosaver {

    /** How long after the last change the content is written, unless {@link #setDelayMs(int)} says otherwise. */
    public static final int DEFAULT_DELAY_MS = 30_000;

    /** The family of the writing jobs (tests join it). */
    public static final Object FAMILY = Autosaver.class;

    private static volatile int delayMs = Integer.getInteger("vdev.autosaveDelayMs", DEFAULT_DELAY_MS);

    /** One write (text) or delete (null text) for the job, in the order they were asked for. */
    private record Pending(Path file, String text) {
    }

    private final Display display;
    private final AutosaveStore store;
    private final IDocument document;
    private final BooleanSupplier dirty;
    private final Queue<Pending> pending = new ConcurrentLinkedQueue<>();
    private final Runnable snapshot = this::snapshot;
    private final IDocumentListener documentListener = new IDocumentListener() {
        @Override
        public void documentAboutToBeChanged(DocumentEvent event) {
            // the change itself is what counts
        }

        @Override
        public void documentChanged(DocumentEvent event) {
            changed();
        }
    };
    private final Job writer;
    private Path file;
    private boolean disposed;

    public Autosaver(Display display, AutosaveStore store, Path file, IDocument document, BooleanSupplier dirty) {
        this.display = display;
        this.store = store;
        this.file = file;
        this.document = document;
        this.dirty = dirty;
        this.writer = new Job("Autosave " + file.getFileName()) {
            @Override
            protected IStatus run(IProgressMonitor monitor) {
                drain();
                return Status.OK_STATUS;
            }

            @Override
            public boolean belongsTo(Object family) {
                return family == FAMILY;
            }
        };
        writer.setSystem(true);
        document.addDocumentListener(documentListener);
    }

    public static int delayMs() {
        return delayMs;
    }

    /** The delay for every editor opened from now on (and pending timers re-armed from now on); for tests. */
    public static void setDelayMs(int newDelayMs) {
        delayMs = newDelayMs;
    }

    /** The store this editor autosaves into. */
    public AutosaveStore store() {
        return store;
    }

    /** The editor's content changed: (re)arms the timer, so a burst of typing is written once. */
    public void changed() {
        if (!disposed) {
            display.timerExec(delayMs, snapshot);
        }
    }

    /** Saved, now as {@code target}: what was kept for the old file is no longer needed. */
    public void saved(Path target) {
        display.timerExec(-1, snapshot);
        submit(new Pending(file, null));
        file = target;
    }

    /**
     * The editor closes. It is closed saved, or the user chose not to save: either way its
     * autosave is not wanted any more. (A crash does not get here, which is the point.)
     */
    public void dispose() {
        disposed = true;
        document.removeDocumentListener(documentListener);
        if (!display.isDisposed()) {
            display.timerExec(-1, snapshot);
        }
        submit(new Pending(file, null));
    }

    private void snapshot() {
        if (disposed) {
            return;
        }
        // The copy is taken here, on the display thread; the job only writes it.
        submit(new Pending(file, dirty.getAsBoolean() ? document.get() : null));
    }

    private void submit(Pending p) {
        pending.add(p);
        writer.schedule();
    }

    private void drain() {
        for (Pending p = pending.poll(); p != null; p = pending.poll()) {
            try {
                if (p.text() == null) {
                    store.delete(p.file());
                } else {
                    store.write(p.file(), p.text());
                }
            } catch (IOException e) {
                // Autosave is a safety net: report it in the log, never interrupt the user with it.
                ILog.of(Autosaver.class).warn("Cannot autosave " + p.file() + " into " + store.folder() + ": " + e);
            }
        }
    }
}
