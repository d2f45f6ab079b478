package org.vdevstudio.ui.editor;

import java.nio.file.Path;

import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.swt.widgets.Shell;

/**
 * {@link ExternalChangePrompt} in dialogs. Closing a dialog without choosing (Escape) picks the
 * answer that loses nothing: keep the editor's content, do not save.
 */
public final class DialogPrompt implements ExternalChangePrompt {

    @Override
    public Changed fileChanged(Shell shell, Path file, boolean dirty) {
        String message = file + "\n\nhas been changed on disk." + (dirty
                ? " The editor has unsaved changes.\n\nReload replaces them with the file's content (Undo brings them back);"
                        + " Keep Mine keeps the editor's content and overwrites the file when you save."
                : "\n\nReload shows the file's content; Keep Mine keeps what the editor shows.");
        return switch (ask(shell, "File Changed", message, 1, "&Reload", "&Keep Mine", "&Compare")) {
            case 0 -> Changed.RELOAD;
            case 2 -> Changed.COMPARE;
            default -> Changed.KEEP_MINE;
        };
    }

    @Override
    public BeforeSave fileChangedBeforeSave(Shell shell, Path file) {
        String message = file + "\n\nhas been changed on disk since it was opened or last saved."
                + " Saving overwrites that change.";
        return switch (ask(shell, "Save", message, 1, "&Overwrite", "C&ancel", "&Compare")) {
            case 0 -> BeforeSave.OVERWRITE;
            case 2 -> BeforeSave.COMPARE;
            default -> BeforeSave.CANCEL;
        };
    }

    @Override
    public Deleted fileDeleted(Shell shell, Path file) {
        String message = file + "\n\nhas been deleted. Save it elsewhere, close the editor (its content is lost),"
                + " or keep editing (Save writes the file again).";
        return switch (ask(shell, "File Deleted", message, 2, "&Save As...", "C&lose", "&Keep")) {
            case 0 -> Deleted.SAVE_AS;
            case 1 -> Deleted.CLOSE;
            default -> Deleted.KEEP;
        };
    }

    @Override
    public void compare(Shell shell, Path file, String mine, String onDisk) {
        new CompareDialog(shell, "Compare " + file.getFileName(), "Editor", mine, "On disk: " + file, onDisk).open();
    }

    /**
     * The index of the button pressed, -1 when the dialog was closed without one. The default
     * button is the answer that loses nothing, so a reflexive Enter is harmless.
     */
    private static int ask(Shell shell, String title, String message, int defaultButton, String... buttons) {
        return new MessageDialog(shell, title, null, message, MessageDialog.QUESTION, defaultButton, buttons).open();
    }
}
