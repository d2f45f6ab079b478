package org.vdevstudio.ui.forms;

import org.vdevstudio.ui.editor.DomainEditor;

/** The Interfaces page: a thin page around {@link InterfacesBlock}. */
public class InterfacesPage extends DeviceBlockPage<InterfacesBlock> {

    public static final String ID = "interfaces";

    public InterfacesPage(DomainEditor editor) {
        super(editor, ID, "Interfaces");
    }

    @Override
    protected InterfacesBlock createBlock(DetailsContext details) {
        return new InterfacesBlock(details);
    }
}
