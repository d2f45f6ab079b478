package org.vdevstudio.app;

import org.eclipse.swt.graphics.Point;
import org.eclipse.ui.application.ActionBarAdvisor;
import org.eclipse.ui.application.IActionBarConfigurer;
import org.eclipse.ui.application.IWorkbenchWindowConfigurer;
import org.eclipse.ui.application.WorkbenchWindowAdvisor;

/** The main window: title, size and which bars it shows. */
public class VdevWorkbenchWindowAdvisor extends WorkbenchWindowAdvisor {

    public VdevWorkbenchWindowAdvisor(IWorkbenchWindowConfigurer configurer) {
        super(configurer);
    }

    @Override
    public ActionBarAdvisor createActionBarAdvisor(IActionBarConfigurer configurer) {
        return new VdevActionBarAdvisor(configurer);
    }

    @Override
    public void preWindowOpen() {
        StartupMilestones.reach("window");
        IWorkbenchWindowConfigurer configurer = getWindowConfigurer();
        configurer.setTitle("vdev studio");
        configurer.setInitialSize(new Point(1200, 800));
        configurer.setShowCoolBar(false);
        configurer.setShowPerspectiveBar(false);
        configurer.setShowStatusLine(true);
        configurer.setShowProgressIndicator(true);
    }
}
