package org.vdevstudio.app;

import org.eclipse.ui.IFolderLayout;
import org.eclipse.ui.IPageLayout;
import org.eclipse.ui.IPerspectiveFactory;
import org.eclipse.ui.IFolderLayout;

/**
 * The editor area; on the left the libvirt connections' domains above the outline (the device
 * tree); below the editor the host devices, the domain's problems and the selected device's
 * properties.
 */
public class VdevPerspective implements IPerspectiveFactory {

    public static final String ID = "org.vdevstudio.app.perspective";
    static final String HOST_DEVICES = "org.vdevstudio.ui.hostDevices";
    /** org.vdevstudio.ui.problems.ProblemsView.ID */
    static final String PROBLEMS_VIEW = "org.vdevstudio.ui.problemsView";
    /** org.vdevstudio.ui.libvirt.DomainsView.ID */
    static final String DOMAINS_VIEW = "org.vdevstudio.ui.domainsView";

    @Override
    public void createInitialLayout(IPageLayout layout) {
        String editorArea = layout.getEditorArea();
        layout.setEditorAreaVisible(true);

        IFolderLayout left = layout.createFolder(ID + ".left", IPageLayout.LEFT, 0.22f, editorArea);
        left.addView(IPageLayout.ID_OUTLINE);
        // the libvirt connections and their domains above the outline: where domains are opened from
        IFolderLayout connections = layout.createFolder(ID + ".connections", IPageLayout.TOP, 0.45f, ID + ".left");
        connections.addView(DOMAINS_VIEW);
        layout.addShowViewShortcut(DOMAINS_VIEW);
        IFolderLayout bottom = layout.createFolder(ID + ".bottom", IPageLayout.BOTTOM, 0.72f, editorArea);
        bottom.addView(IPageLayout.ID_PROP_SHEET);

        // the host device browser below the editor: drag from it onto the editor above
        bottom.addView(HOST_DEVICES);
        layout.addShowViewShortcut(HOST_DEVICES);
        // The domain's problems (schema and libvirt's rules) stay in view below the editor.
        bottom.addView(PROBLEMS_VIEW);
        layout.addShowViewShortcut(PROBLEMS_VIEW);
        layout.addShowViewShortcut(IPageLayout.ID_OUTLINE);
        layout.addShowViewShortcut(IPageLayout.ID_PROP_SHEET);
    }
}
