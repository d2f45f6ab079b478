package org.vdevstudio.bench.floors;

import org.eclipse.equinox.app.IApplication;
import org.eclipse.equinox.app.IApplicationContext;
import org.eclipse.swt.graphics.Point;
import org.eclipse.swt.widgets.Display;
import org.eclipse.ui.IPageLayout;
import org.eclipse.ui.IPerspectiveFactory;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.application.IWorkbenchWindowConfigurer;
import org.eclipse.ui.application.WorkbenchAdvisor;
import org.eclipse.ui.application.WorkbenchWindowAdvisor;

/**
 * The E3 floor: the E3-compatible workbench that the product runs, on the same bundles, with a
 * window of the product's size, an empty perspective (the editor area, no view) and no editor.
 */
public final class EmptyWorkbench implements IApplication {

    @Override
    public Object start(IApplicationContext context) {
        Display display = PlatformUI.createDisplay();
        try {
            PlatformUI.createAndRunWorkbench(display, new WorkbenchAdvisor() {
                @Override
                public String getInitialWindowPerspectiveId() {
                    return "org.vdevstudio.bench.floors.empty";
                }

                @Override
                public WorkbenchWindowAdvisor createWorkbenchWindowAdvisor(IWorkbenchWindowConfigurer configurer) {
                    return new WorkbenchWindowAdvisor(configurer) {
                        @Override
                        public void preWindowOpen() {
                            configurer.setInitialSize(new Point(1200, 800));
                            configurer.setTitle("E3 floor");
                        }

                        @Override
                        public void postWindowOpen() {
                            FirstPaint.watch(configurer.getWindow().getShell(), "E3 floor",
                                    () -> PlatformUI.getWorkbench().close());
                        }
                    };
                }
            });
            return IApplication.EXIT_OK;
        } finally {
            display.dispose();
        }
    }

    @Override
    public void stop() {
        // the benchmark's window closes itself after its first paint
    }

    /** The empty perspective: the editor area only. */
    public static final class Layout implements IPerspectiveFactory {
        @Override
        public void createInitialLayout(IPageLayout layout) {
            layout.setEditorAreaVisible(true);
        }
    }
}
