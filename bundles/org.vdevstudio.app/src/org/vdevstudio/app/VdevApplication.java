package org.vdevstudio.app;

import java.util.List;

import org.eclipse.equinox.app.IApplication;
import org.eclipse.equinox.app.IApplicationContext;
import org.eclipse.swt.widgets.Display;
import org.eclipse.ui.IWorkbench;
import org.eclipse.ui.PlatformUI;

/**
 * The vdev studio RCP application: runs the (E3-compatible) workbench. XML files named on the
 * command line are opened at start-up; without any, the bundled example domain is opened.
 */
public class VdevApplication implements IApplication {

    /** The application id, as registered in plugin.xml. */
    public static final String ID = "org.vdevstudio.app.application";

    @Override
    public Object start(IApplicationContext context) throws Exception {
        StartupMilestones.reach("application");
        String[] args = (String[]) context.getArguments().get(IApplicationContext.APPLICATION_ARGS);
        List<String> files = StartupFiles.fileArguments(args);
        Display.setAppName("vdev studio");
        Display display = PlatformUI.createDisplay();
        try {
            int code = PlatformUI.createAndRunWorkbench(display, new VdevWorkbenchAdvisor(files));
            return code == PlatformUI.RETURN_RESTART ? IApplication.EXIT_RESTART : IApplication.EXIT_OK;
        } finally {
            display.dispose();
        }
    }

    @Override
    public void stop() {
        if (!PlatformUI.isWorkbenchRunning()) {
            return;
        }
        IWorkbench workbench = PlatformUI.getWorkbench();
        Display display = workbench.getDisplay();
        display.syncExec(() -> {
            if (!display.isDisposed()) {
                workbench.close();
            }
        });
    }
}
