package org.vdevstudio.ui.libvirt;

import org.vdevstudio.ui.editor.DomainEditor;

/** Domain ▸ Apply to libvirt…: the target, the preview, then the apply (see {@link ApplyFlow}). */
public final class ApplyHandler extends ConnectedEditorHandler {

    @Override
    void run(DomainEditor editor) {
        ApplyFlow.start(editor);
    }
}
