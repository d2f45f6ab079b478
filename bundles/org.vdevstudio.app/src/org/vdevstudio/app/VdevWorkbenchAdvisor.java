package org.vdevstudio.app;

import java.util.List;

import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.IWorkbenchWindow;
import org.eclipse.ui.application.IWorkbenchConfigurer;
import org.eclipse.ui.application.IWorkbenchWindowConfigurer;
import org.eclipse.ui.application.WorkbenchAdvisor;
import org.eclipse.ui.application.WorkbenchWindowAdvisor;
import org.vdevstudio.ui.autosave.AutosaveRestore;
import org.vdevstudio.ui.autosave.AutosaveStore;

/**
 * Workbench life cycle: the initial perspective, the files opened once the window is up, and the
 * unsaved changes of a session that crashed, offered back after them.
 */
public class VdevWorkbenchAdvisor extends WorkbenchAdvisor {

    private final List<String> files;

    public VdevWorkbenchAdvisor(List<String> files) {
        this.files = List.copyOf(files);
    }

    @Override
    public void initialize(IWorkbenchConfigurer configurer) {
        super.initialize(configurer);
        // Every start shows the perspective fresh and opens exactly what was asked for.
        configurer.setSaveAndRestore(false);
    }

    @Override
    public String getInitialWindowPerspectiveId() {
        return VdevPerspective.ID;
    }

    @Override
    public WorkbenchWindowAdvisor createWorkbenchWindowAdvisor(IWorkbenchWindowConfigurer configurer) {
        return new VdevWorkbenchWindowAdvisor(configurer);
    }

    @Override
    public void postStartup() {
        StartupMilestones.reach("workbench");
        IWorkbenchWindow window = getWorkbenchConfigurer().getWorkbench().getActiveWorkbenchWindow();
        IWorkbenchPage page = window == null ? null : window.getActivePage();
        if (page != null) {
            StartupFiles.open(page, files);
            StartupMilestones.reach("editors");
            // After the files: a restored editor is the active one, and one restored into a file
            // just opened reuses its editor.
            AutosaveRestore.offer(page, AutosaveStore.workspace());
            FirstPaint.watch(window);
        }
    }
}
