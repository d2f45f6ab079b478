package org.vdevstudio.ui.forms;

import org.vdevstudio.ui.editor.DomainEditor;

/** The Host devices page: a thin page around {@link HostDevicesBlock}. */
public class HostDevicesPage extends DeviceBlockPage<HostDevicesBlock> {

    public static final String ID = "hostdevs";

    public HostDevicesPage(DomainEditor editor) {
        super(editor, ID, "Host devices");
    }

    @Override
    protected HostDevicesBlock createBlock(DetailsContext details) {
        return new HostDevicesBlock(details, editor::reveal);
    }
}
