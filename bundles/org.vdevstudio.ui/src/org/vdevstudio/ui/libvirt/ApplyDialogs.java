package org.vdevstudio.ui.libvirt;

import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.swt.widgets.Shell;
import org.vdevstudio.ui.editor.CompareDialog;

/** {@link ApplyPrompt} in dialogs; closing the conflict question without an answer cancels (nothing is lost). */
final class ApplyDialogs implements ApplyPrompt {

    @Override
    public Conflict conflict(Shell shell, String domain, String connection) {
        String message = domain + " was changed on " + connection + " since the editor opened it."
                + " Apply refuses to overwrite that change; nothing was sent.\n\n"
                + "Reload takes libvirt's definition into the editor (Undo brings your edits back);"
                + " Compare shows both side by side.";
        int answer = new MessageDialog(shell, "Apply to libvirt", null, message, MessageDialog.WARNING, 2, "&Reload",
                "&Compare", "Cancel").open();
        return switch (answer) {
            case 0 -> Conflict.RELOAD;
            case 1 -> Conflict.COMPARE;
            default -> Conflict.CANCEL;
        };
    }

    @Override
    public void compare(Shell shell, String domain, String mine, String daemon) {
        new CompareDialog(shell, "Compare " + domain, "Editor", mine, "libvirt now", daemon).open();
    }

    @Override
    public void outcome(Shell shell, ResultTable result) {
        new ResultDialog(shell, result).open();
    }
}
