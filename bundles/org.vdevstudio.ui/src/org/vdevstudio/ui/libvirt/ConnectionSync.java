package org.vdevstudio.ui.libvirt;

import java.io.IOException;

import org.eclipse.core.runtime.ILog;
import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.swt.widgets.Display;
import org.vdevstudio.libvirt.Definition;
import org.vdevstudio.ui.editor.ConnectionEditorInput;
import org.vdevstudio.ui.editor.DomainEditor;

/** Reads an editor's domain from its connection again: Domain ▸ Reload from libvirt, and after Apply. */
public final class ConnectionSync {

    /** The label of the reload command: Undo shows "Undo Reload from libvirt". */
    public static final String RELOAD_LABEL = "Reload from libvirt";

    private ConnectionSync() {
    }

    /** The definition the editor was opened as (persistent or live), as libvirt has it now; blocks. */
    static String read(ConnectionEditorInput input, IProgressMonitor monitor) throws Exception {
        return Connections.get().require(input.getOrigin().connection(), monitor)
                .dumpXml(input.getOrigin().domain(), definition(input));
    }

    static Definition definition(ConnectionEditorInput input) {
        return input.isLive() ? Definition.LIVE : Definition.PERSISTENT;
    }

    /** A job reads the definition; the editor then takes it as one undoable command (its edits are one Undo away). */
    public static Job reload(DomainEditor editor) {
        ConnectionEditorInput input = editor.getConnectionInput();
        Display display = editor.getSite().getShell().getDisplay();
        return UserJob.schedule("Reload " + input.getName() + " from " + input.getOrigin().connection(), null, monitor -> {
            String xml = read(input, monitor);
            display.asyncExec(() -> take(editor, input, xml, RELOAD_LABEL));
        });
    }

    /** Puts {@code xml} from libvirt into the editor and makes it the base of the next Apply; display thread. */
    static void take(DomainEditor editor, ConnectionEditorInput input, String xml, String label) {
        if (editor.isDisposed()) {
            return; // closed while libvirt was read: nothing to put it into
        }
        try {
            editor.reloadFrom(xml, label);
            input.rebase(xml);
        } catch (IOException e) {
            ILog.of(ConnectionSync.class).error("Cannot take the definition of " + input.getName() + " into the editor", e);
            MessageDialog.openError(editor.getSite().getShell(), label, "Cannot take the definition of " + input.getName()
                    + " into the editor:\n" + e.getMessage());
        }
    }
}
