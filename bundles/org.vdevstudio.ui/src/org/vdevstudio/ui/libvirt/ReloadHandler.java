package org.vdevstudio.ui.libvirt;

import org.vdevstudio.ui.editor.DomainEditor;

/** Domain ▸ Reload from libvirt: the domain's definition on its connection replaces the content, undoably. */
public final class ReloadHandler extends ConnectedEditorHandler {

    @Override
    void run(DomainEditor editor) {
        ConnectionSync.reload(editor);
    }
}
