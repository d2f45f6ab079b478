package org.vdevstudio.app;

import org.eclipse.ui.IPageLayout;
import org.eclipse.ui.IPerspectiveFactory;
import org.eclipse.ui.IFolderLayout;

/** The editor area, the outline (the device tree) on the left and the selected device's properties below. */
public class VdevPerspective implements IPerspectiveFactory {

    public static final String ID = "org.vdevstudio.app.perspective";

    @Override
    public void createInitialLayout(IPageLayout layout) {
        String editorArea = layout.getEditorArea();
        layout.setEditorAreaVisible(true);

        IFolderLayout left = layout.createFolder(ID + ".left", IPageLayout.LEFT, 0.22f, editorArea);
        left.addView(IPageLayout.ID_OUTLINE);
        IFolderLayout bottom = layout.createFolder(ID + ".bottom", IPageLayout.BOTTOM, 0.72f, editorArea);
        bottom.addView(IPageLayout.ID_PROP_SHEET);

        layout.addShowViewShortcut(IPageLayout.ID_OUTLINE);
        layout.addShowViewShortcut(IPageLayout.ID_PROP_SHEET);
    }
}
