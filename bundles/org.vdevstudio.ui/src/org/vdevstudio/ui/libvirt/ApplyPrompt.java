package org.vdevstudio.ui.libvirt;

import org.eclipse.swt.widgets.Shell;

/**
 * What Apply asks and tells besides its own dialog: the conflict question and the outcome. The
 * default uses dialogs ({@link ApplyDialogs}); tests answer through their own implementation,
 * installed with {@link ApplyFlow#setPrompt(ApplyPrompt)}.
 */
public interface ApplyPrompt {

    /** The domain changed on the daemon since the editor opened it: nothing was sent. */
    enum Conflict {
        /** Take the daemon's definition into the editor (undoable). */
        RELOAD,
        /** Show the editor's text beside the daemon's, then ask again. */
        COMPARE,
        /** Keep the editor as it is; nothing is sent. */
        CANCEL
    }

    Conflict conflict(Shell shell, String domain, String connection);

    /** Shows the editor's text beside the daemon's current definition; returns when the user is done looking. */
    void compare(Shell shell, String domain, String mine, String daemon);

    /** What the apply did: per device applied, pending or failed, libvirt's error verbatim. */
    void outcome(Shell shell, ResultTable result);
}
