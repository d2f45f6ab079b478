package org.vdevstudio.ui.editor;

import java.nio.file.Path;

import org.eclipse.swt.widgets.Shell;

/**
 * The questions the editor asks when its file changed on disk behind its back. The default asks
 * in dialogs ({@link DialogPrompt}); tests answer through their own implementation, installed
 * with {@link ExternalChanges#setPrompt(ExternalChangePrompt)}.
 */
public interface ExternalChangePrompt {

    /** The file changed on disk while the editor was open. */
    enum Changed {
        /** Take the disk's content (undoable: the editor's content is one undo away). */
        RELOAD,
        /** Keep the editor's content; the same disk change is not reported again. */
        KEEP_MINE,
        /** Show both side by side, then ask again. */
        COMPARE
    }

    /** Saving would overwrite a change made on disk since the editor loaded or saved the file. */
    enum BeforeSave {
        OVERWRITE, CANCEL, COMPARE
    }

    /** The file was deleted while the editor was open. */
    enum Deleted {
        SAVE_AS, CLOSE, KEEP
    }

    Changed fileChanged(Shell shell, Path file, boolean dirty);

    BeforeSave fileChangedBeforeSave(Shell shell, Path file);

    Deleted fileDeleted(Shell shell, Path file);

    /** Shows the editor's text beside the disk's; returns when the user is done looking. */
    void compare(Shell shell, Path file, String mine, String onDisk);
}
