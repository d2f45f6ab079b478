package org.vdevstudio.app;

import org.eclipse.ui.IFolderLayout;
import org.eclipse.ui.IPageLayout;
import org.eclipse.ui.IPerspectiveFactory;
import org.eclipse.ui.IPlaceholderFolderLayout;

/** The editor area, the domain's problems below it, room on the left for the outline and below for the properties. */
public class VdevPerspective implements IPerspectiveFactory {

    public static final String ID = "org.vdevstudio.app.perspective";
    /** org.vdevstudio.ui.problems.ProblemsView.ID */
    static final String PROBLEMS_VIEW = "org.vdevstudio.ui.problemsView";

    @Override
    public void createInitialLayout(IPageLayout layout) {
        String editorArea = layout.getEditorArea();
        layout.setEditorAreaVisible(true);

        IPlaceholderFolderLayout left = layout.createPlaceholderFolder(ID + ".left", IPageLayout.LEFT, 0.25f, editorArea);
        left.addPlaceholder(IPageLayout.ID_OUTLINE);
        IPlaceholderFolderLayout bottom = layout.createPlaceholderFolder(ID + ".bottom", IPageLayout.BOTTOM, 0.7f, editorArea);
        bottom.addPlaceholder(IPageLayout.ID_PROP_SHEET);

        // The domain's problems (schema and libvirt's rules) stay in view below the editor.
        IFolderLayout problems = layout.createFolder(ID + ".problems", IPageLayout.BOTTOM, 0.75f, editorArea);
        problems.addView(PROBLEMS_VIEW);

        layout.addShowViewShortcut(PROBLEMS_VIEW);
        layout.addShowViewShortcut(IPageLayout.ID_OUTLINE);
        layout.addShowViewShortcut(IPageLayout.ID_PROP_SHEET);
    }
}
