package org.vdevstudio.ui.autosave;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

import org.eclipse.core.filesystem.EFS;
import org.eclipse.core.runtime.ILog;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.ui.IEditorPart;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.PartInitException;
import org.eclipse.ui.ide.FileStoreEditorInput;
import org.vdevstudio.ui.autosave.AutosaveStore.Entry;
import org.vdevstudio.ui.editor.DomainEditor;

/**
 * At start-up: autosaves left in the store mean the last session ended without closing its
 * editors (a crash, a kill). They are offered back; a restored one opens its original file in the
 * domain editor with the autosaved content as unsaved changes.
 */
public final class AutosaveRestore {

    /** Decides which autosaves to restore; the default asks in a {@link RestoreDialog}. */
    public interface Chooser {
        /**
         * The entries to restore; the others are discarded. Null: decide later, everything is
         * kept and offered again at the next start.
         */
        List<Entry> choose(Shell shell, List<Entry> entries);
    }

    private static volatile Chooser chooser = RestoreDialog::choose;

    private AutosaveRestore() {
    }

    /** Decides from now on; null restores the dialog. For tests. */
    public static void setChooser(Chooser newChooser) {
        chooser = newChooser == null ? RestoreDialog::choose : newChooser;
    }

    /** Offers what {@code store} holds, if anything; returns the editors restored. */
    public static List<DomainEditor> offer(IWorkbenchPage page, AutosaveStore store) {
        List<Entry> entries;
        try {
            entries = store.list();
        } catch (IOException e) {
            ILog.of(AutosaveRestore.class).error("Cannot read the autosaves in " + store.folder(), e);
            return List.of();
        }
        if (entries.isEmpty()) {
            return List.of();
        }
        Shell shell = page.getWorkbenchWindow().getShell();
        List<Entry> chosen = chooser.choose(shell, entries);
        if (chosen == null) {
            return List.of();
        }
        List<DomainEditor> restored = new ArrayList<>();
        List<String> failed = new ArrayList<>();
        for (Entry entry : entries) {
            if (!chosen.contains(entry)) {
                discard(store, entry);
            } else {
                DomainEditor editor = restore(page, store, entry);
                if (editor != null) {
                    restored.add(editor);
                } else {
                    failed.add(entry.original().toString());
                }
            }
        }
        if (!failed.isEmpty()) {
            MessageDialog.openError(shell, "Restore Unsaved Changes", "Cannot restore (kept for the next start):\n"
                    + String.join("\n", failed) + "\n\nSee the error log.");
        }
        return restored;
    }

    /**
     * Opens the original file and puts the autosaved text in. The entry stays in the store: the
     * editor is dirty, so its own autosaver keeps it up to date until it is saved or discarded.
     */
    private static DomainEditor restore(IWorkbenchPage page, AutosaveStore store, Entry entry) {
        try {
            String text = store.read(entry);
            IEditorPart part = page.openEditor(
                    new FileStoreEditorInput(EFS.getLocalFileSystem().getStore(entry.original().toUri())), DomainEditor.ID);
            if (part instanceof DomainEditor editor) {
                editor.restoreContent(text);
                return editor;
            }
            ILog.of(AutosaveRestore.class).error("Not a domain editor for " + entry.original() + ": " + part);
        } catch (IOException | PartInitException e) {
            ILog.of(AutosaveRestore.class).error("Cannot restore " + entry.original() + " from " + entry.content(), e);
        }
        return null;
    }

    private static void discard(AutosaveStore store, Entry entry) {
        try {
            store.delete(entry.original());
        } catch (IOException e) {
            ILog.of(AutosaveRestore.class).error("Cannot discard the autosave of " + entry.original(), e);
        }
    }
}
