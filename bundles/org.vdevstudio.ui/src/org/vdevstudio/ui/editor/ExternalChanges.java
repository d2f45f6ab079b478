package org.vdevstudio.ui.editor;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Objects;

import org.eclipse.core.runtime.ILog;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Listener;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.ui.IPartListener2;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.IWorkbenchPartReference;
import org.vdevstudio.core.io.DomainLoadException;
import org.vdevstudio.core.io.DomainResource;
import org.vdevstudio.core.io.DomainXml;

/**
 * Notices that the editor's file was changed or deleted by someone else, and asks what to do: when
 * the editor is activated (part activation, or its window getting the focus back) and before a
 * save. It remembers the file's {@link DiskState} at load and after each save or answer, so one
 * disk change is asked about once.
 * <p>
 * Reload goes through the command stack (one undoable command, then the save point is moved
 * there): the disk's content becomes the clean state, and the user's edits are one Undo away
 * instead of gone, which is what "nothing lost" asks for. Runs on the display thread.
 */
public final class ExternalChanges {

    /** The label of the reload command: Undo shows "Undo Reload from Disk". */
    public static final String RELOAD_LABEL = "Reload from Disk";

    private static final ExternalChangePrompt DIALOGS = new DialogPrompt();
    private static volatile ExternalChangePrompt prompt = DIALOGS;

    private final DomainEditor editor;
    private final Listener shellActivated = e -> activated();
    private final IPartListener2 partListener = new IPartListener2() {
        @Override
        public void partActivated(IWorkbenchPartReference ref) {
            if (ref.getPart(false) == editor) {
                activated();
            }
        }
    };
    private Path file;
    private DiskState known;
    private IWorkbenchPage page;
    private Shell shell;
    /** Guard: a question is open (its dialog re-activates the window when it closes). */
    private boolean asking;
    private boolean checkScheduled;
    private boolean disposed;

    ExternalChanges(DomainEditor editor, Path file) {
        this.editor = editor;
        this.file = file;
        this.known = stateOrMissing(file, null);
    }

    /** Answers the questions from now on; null restores the dialogs. For tests. */
    public static void setPrompt(ExternalChangePrompt newPrompt) {
        prompt = newPrompt == null ? DIALOGS : newPrompt;
    }

    /** Starts listening to the activation of the editor and of its window. */
    void install(IWorkbenchPage workbenchPage, Shell windowShell) {
        page = workbenchPage;
        shell = windowShell;
        page.addPartListener(partListener);
        shell.addListener(SWT.Activate, shellActivated);
    }

    void dispose() {
        disposed = true;
        if (page != null) {
            page.removePartListener(partListener);
        }
        if (shell != null && !shell.isDisposed()) {
            shell.removeListener(SWT.Activate, shellActivated);
        }
    }

    /** What the editor now knows the disk holds (after a save or Save As to {@code target}). */
    void saved(Path target) {
        file = target;
        known = stateOrMissing(target, null);
    }

    /** The state remembered: what the disk held when the editor last agreed with it. */
    public DiskState known() {
        return known;
    }

    /**
     * Activation, from the part listener or the window: the check runs after the activation
     * event, so that its dialog does not open in the middle of the workbench's focus handling.
     */
    private void activated() {
        if (checkScheduled || asking || disposed) {
            return;
        }
        checkScheduled = true;
        editor.getSite().getShell().getDisplay().asyncExec(() -> {
            checkScheduled = false;
            if (!disposed && page != null && page.getActivePart() == editor) {
                check();
            }
        });
    }

    /** Compares the disk with what the editor knows and, if it changed, asks what to do. */
    public void check() {
        if (asking || disposed) {
            return;
        }
        DiskState now = stateOrMissing(file, known);
        if (!now.contentDiffers(known)) {
            known = now; // touched only: remember the new time, so the file is not read again
            return;
        }
        asking = true;
        try {
            if (now.exists()) {
                changed(now);
            } else {
                deleted();
            }
        } finally {
            asking = false;
        }
    }

    /**
     * Before saving to the editor's own file: true when the save may go ahead, because the disk
     * did not change since the editor last agreed with it, or the user chose to overwrite.
     */
    boolean confirmOverwrite() {
        DiskState now = stateOrMissing(file, known);
        if (!now.exists() || !now.contentDiffers(known)) {
            return true; // unchanged, or deleted: saving writes it again, nothing is overwritten
        }
        asking = true;
        try {
            while (true) {
                switch (prompt.fileChangedBeforeSave(editor.getSite().getShell(), file)) {
                    case OVERWRITE:
                        return true;
                    case COMPARE:
                        compare();
                        break;
                    default:
                        return false;
                }
            }
        } finally {
            asking = false;
        }
    }

    private void changed(DiskState now) {
        while (true) {
            switch (prompt.fileChanged(editor.getSite().getShell(), file, editor.isDirty())) {
                case RELOAD:
                    reload();
                    return;
                case COMPARE:
                    compare();
                    break;
                default:
                    known = now; // keep mine: this disk state is accepted as "seen"
                    return;
            }
        }
    }

    private void deleted() {
        switch (prompt.fileDeleted(editor.getSite().getShell(), file)) {
            case SAVE_AS:
                known = DiskState.MISSING;
                editor.doSaveAs();
                break;
            case CLOSE:
                known = DiskState.MISSING;
                editor.getSite().getPage().closeEditor(editor, false);
                break;
            default:
                known = DiskState.MISSING;
                break;
        }
    }

    /**
     * Puts the disk's content into the model as one undoable command and makes that the saved
     * state. A file that is no longer a domain goes into the Source page as typed text instead,
     * with its error shown there, and the model stays as it was. File > Revert does the same.
     */
    void reload() {
        DiskState now = stateOrMissing(file, null);
        String text;
        try {
            text = Files.readString(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            ILog.of(ExternalChanges.class).error("Cannot reload " + file, e);
            known = now;
            return;
        }
        SourceSync sync = editor.getSourceSync();
        DomainResource parsed;
        try {
            parsed = DomainXml.load(text, file.getFileName().toString());
        } catch (DomainLoadException e) {
            sync.getDocument().set(text);
            sync.flush();
            known = now;
            return;
        }
        sync.flush(); // pending typing first, so that it is part of what Undo brings back
        editor.getEditingDomain().getCommandStack()
                .execute(ReplaceContentCommand.create(editor.getEditingDomain(), editor.getResource(), parsed, RELOAD_LABEL));
        editor.markSaved();
        known = now;
    }

    private void compare() {
        String onDisk;
        try {
            onDisk = Files.readString(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            onDisk = "(cannot read the file: " + e.getMessage() + ")";
        }
        prompt.compare(editor.getSite().getShell(), file, editor.getSourceSync().getDocument().get(), onDisk);
    }

    /** The file's state; when it cannot be read, logged and taken as missing (the editor keeps its content). */
    private static DiskState stateOrMissing(Path file, DiskState previous) {
        try {
            return DiskState.of(Objects.requireNonNull(file), previous);
        } catch (IOException e) {
            ILog.of(ExternalChanges.class).warn("Cannot read " + file + ": " + e);
            return DiskState.MISSING;
        }
    }
}
