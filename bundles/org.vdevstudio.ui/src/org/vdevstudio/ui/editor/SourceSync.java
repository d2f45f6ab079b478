package org.vdevstudio.ui.editor;

import java.io.IOException;
import java.util.EventObject;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.CopyOnWriteArrayList;

import org.eclipse.core.runtime.ILog;
import org.eclipse.emf.common.command.Command;
import org.eclipse.emf.common.command.CommandStackListener;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.edit.domain.EditingDomain;
import org.eclipse.jface.text.BadLocationException;
import org.eclipse.jface.text.Document;
import org.eclipse.jface.text.DocumentEvent;
import org.eclipse.jface.text.IDocument;
import org.eclipse.jface.text.IDocumentListener;
import org.eclipse.swt.widgets.Display;
import org.vdevstudio.core.io.DomainLoadException;
import org.vdevstudio.core.io.DomainResource;
import org.vdevstudio.core.io.DomainXml;
import org.vdevstudio.core.io.ElementText;

/**
 * Keeps the XML text of the Source page and the model in step, both ways.
 * <ul>
 * <li>A model change (any command, undo, redo) re-serialises the model into the document, behind a
 * guard flag so the document listener does not take it for typing. When the change lies within one
 * device and the text is the model's own serialisation, only that device is serialised and its
 * text replaced ({@link ElementText}): the same text, without writing a 1000-device domain out on
 * every field edit.</li>
 * <li>Typing is parsed once it pauses ({@link #DEFAULT_DELAY_MS}) into a scratch resource; if the
 * text is a domain, one {@link ReplaceContentCommand} goes on the command stack, so a source edit
 * is undone like any other. If not, the error is kept for the page to show and the model stays as
 * it was.</li>
 * </ul>
 * Runs on the display thread only.
 */
public final class SourceSync {

    /** How long typing must pause before the text is parsed. */
    public static final int DEFAULT_DELAY_MS = 500;

    /** Whether the text is what the model says. */
    public enum State {
        /** The text and the model agree. */
        IN_SYNC,
        /** The text was edited and is waiting to be parsed. */
        PENDING,
        /** The text is not a loadable domain; {@link #getError()} says why. The model is the last valid one. */
        INVALID
    }

    private final Display display;
    private final EditingDomain domain;
    private final DomainResource resource;
    private final String label;
    private final int delayMs;
    private final Document document = new Document();
    private final List<Runnable> listeners = new CopyOnWriteArrayList<>();
    private final Runnable parseLater = this::parseNow;
    private final IDocumentListener documentListener = new IDocumentListener() {
        @Override
        public void documentAboutToBeChanged(DocumentEvent event) {
            // only the change itself matters
        }

        @Override
        public void documentChanged(DocumentEvent event) {
            textEdited();
        }
    };
    private final CommandStackListener stackListener = this::modelChanged;
    private final ChangedDevice changes = new ChangedDevice();
    private int fullWrites;

    private State state = State.IN_SYNC;
    private DomainLoadException error;
    /** Guard: the document is being set from the model. */
    private boolean writingText;
    /** Guard: the model is being changed from the text. */
    private boolean applyingText;
    /** The text was typed and the model does not have it (yet). */
    private boolean unapplied;
    /** The document is exactly the model's serialisation (no typing since it was written). */
    private boolean textIsModel;
    /** What the document shows while the model is empty: the text of a file that did not load. */
    private String unloadedText;
    private DomainLoadException unloadedError;
    private boolean disposed;

    public SourceSync(Display display, EditingDomain domain, DomainResource resource, String label, int delayMs) {
        this.display = Objects.requireNonNull(display);
        this.domain = domain;
        this.resource = resource;
        this.label = label;
        this.delayMs = delayMs;
        document.addDocumentListener(documentListener);
        domain.getCommandStack().addCommandStackListener(stackListener);
        resource.eAdapters().add(changes);
        writeModelToText();
    }

    /**
     * For a file that did not load: the document shows its text and the load error, the model is
     * empty until the text is made a domain. Undoing back to the empty model shows them again.
     */
    public void showUnloaded(String text, DomainLoadException loadError) {
        unloadedText = text;
        unloadedError = loadError;
        writeModelToText();
    }

    public IDocument getDocument() {
        return document;
    }

    public State getState() {
        return state;
    }

    /** Whether the document holds typing the model does not have: pending, or not a domain. */
    public boolean hasUnappliedEdits() {
        return unapplied;
    }

    /** Why the text is {@link State#INVALID}, else null. */
    public DomainLoadException getError() {
        return error;
    }

    /** "line 3, column 14: not well-formed XML: ..." for a page header; "" for null. */
    public static String describe(DomainLoadException e) {
        if (e == null) {
            return "";
        }
        if (e.getLine() <= 0) {
            return e.getReason();
        }
        return "line " + e.getLine() + (e.getColumn() > 0 ? ", column " + e.getColumn() : "") + ": " + e.getReason();
    }

    /** Called after every change of {@link #getState()} or {@link #getError()}. */
    public void addStateListener(Runnable listener) {
        listeners.add(listener);
    }

    public void removeStateListener(Runnable listener) {
        listeners.remove(listener);
    }

    /** Parses pending text now (before a save, an undo); returns the resulting state. */
    public State flush() {
        if (state == State.PENDING) {
            display.timerExec(-1, parseLater);
            parseNow();
        }
        return state;
    }

    /** Drops text edits the model does not have: the document shows the model again. */
    public void revertText() {
        display.timerExec(-1, parseLater);
        writeModelToText();
    }

    public void dispose() {
        disposed = true;
        if (!display.isDisposed()) {
            display.timerExec(-1, parseLater);
        }
        document.removeDocumentListener(documentListener);
        domain.getCommandStack().removeCommandStackListener(stackListener);
        resource.eAdapters().remove(changes);
        listeners.clear();
    }

    private void textEdited() {
        if (writingText) {
            return;
        }
        textIsModel = false;
        unapplied = true;
        setState(State.PENDING, error);
        // Re-arming the same runnable moves its timer: the parse runs once typing pauses.
        display.timerExec(delayMs, parseLater);
    }

    private void parseNow() {
        if (disposed || state != State.PENDING) {
            return;
        }
        DomainResource parsed;
        try {
            parsed = DomainXml.load(document.get(), label);
        } catch (DomainLoadException e) {
            setState(State.INVALID, e);
            return;
        }
        if (resource.getContents().isEmpty() || !Objects.equals(serialise(parsed), serialise(resource))) {
            execute(ReplaceContentCommand.create(domain, resource, parsed));
        }
        unapplied = false;
        setState(State.IN_SYNC, null);
    }

    private void execute(Command command) {
        applyingText = true;
        try {
            domain.getCommandStack().execute(command);
        } finally {
            applyingText = false;
        }
    }

    private void modelChanged(EventObject event) {
        EObject device = changes.take();
        if (applyingText || disposed) {
            return;
        }
        // The model moved (a form edit, undo, redo): it wins over text that was not parsed yet.
        display.timerExec(-1, parseLater);
        if (device == null || !textIsModel || !writeDeviceToText(device)) {
            writeModelToText();
        }
    }

    /** Writes one device's text in place; false when {@link ElementText} cannot promise the same text as a full write. */
    private boolean writeDeviceToText(EObject device) {
        String old = document.get();
        int[] region = ElementText.find(old, device);
        String text;
        try {
            text = region == null ? null : ElementText.of(device);
        } catch (IOException e) {
            ILog.of(SourceSync.class).error("Cannot write a device of " + label + " as XML", e);
            return false;
        }
        if (text == null) {
            return false;
        }
        writingText = true;
        try {
            replaceChangedRegion(old, region[0], region[1], text);
        } finally {
            writingText = false;
        }
        unapplied = false;
        setState(State.IN_SYNC, null);
        return true;
    }

    /** How many times the whole model was written to the text (not one device in place): for tests and benchmarks. */
    public int getFullWrites() {
        return fullWrites;
    }

    private void writeModelToText() {
        fullWrites++;
        boolean empty = resource.getContents().isEmpty();
        String text = empty ? Objects.requireNonNullElse(unloadedText, "") : serialise(resource);
        if (text == null) {
            return; // could not serialise: logged, the text stays as it is
        }
        writingText = true;
        try {
            String old = document.get();
            replaceChangedRegion(old, 0, old.length(), text);
        } finally {
            writingText = false;
        }
        textIsModel = !empty;
        unapplied = false;
        if (empty && unloadedError != null) {
            setState(State.INVALID, unloadedError);
        } else {
            setState(State.IN_SYNC, null);
        }
    }

    /**
     * Replaces {@code old}'s (the document's) region {@code from}..{@code to} with {@code text},
     * touching only what differs, so the caret and the scroll position stay where they were.
     */
    private void replaceChangedRegion(String old, int from, int to, String text) {
        int start = 0;
        int max = Math.min(to - from, text.length());
        while (start < max && old.charAt(from + start) == text.charAt(start)) {
            start++;
        }
        int oldEnd = to - from;
        int newEnd = text.length();
        while (oldEnd > start && newEnd > start && old.charAt(from + oldEnd - 1) == text.charAt(newEnd - 1)) {
            oldEnd--;
            newEnd--;
        }
        if (start == oldEnd && start == newEnd) {
            return;
        }
        try {
            document.replace(from + start, oldEnd - start, text.substring(start, newEnd));
        } catch (BadLocationException e) {
            // cannot happen: the region was computed from the document
            document.set(old.substring(0, from) + text + old.substring(to));
        }
    }

    private String serialise(DomainResource r) {
        if (r.getContents().isEmpty()) {
            return null;
        }
        try {
            return DomainXml.toString(r);
        } catch (IOException e) {
            ILog.of(SourceSync.class).error("Cannot write " + label + " as XML", e);
            return null;
        }
    }

    private void setState(State newState, DomainLoadException newError) {
        if (newState == state && newError == error) {
            return;
        }
        state = newState;
        error = newError;
        for (Runnable l : listeners) {
            l.run();
        }
    }
}
