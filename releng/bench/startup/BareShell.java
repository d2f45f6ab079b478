import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.FillLayout;
import org.eclipse.swt.widgets.Canvas;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Shell;

/**
 * The floor under the product's start-up, measured the same way (releng/bin/bench-startup
 * --floor): a JVM that opens one SWT window of the product's size and logs its first paint, in
 * milliseconds since java was launched ({@code -Dvdev.launchMillis}, set by the benchmark as it
 * runs java, as releng/bin/vdev-studio does for the product), then closes. No OSGi, no workbench, no editor.
 */
public final class BareShell {

    private BareShell() {
    }

    public static void main(String[] args) {
        Display display = new Display();
        Shell shell = new Shell(display);
        shell.setText("bare SWT shell");
        shell.setLayout(new FillLayout());
        Canvas canvas = new Canvas(shell, SWT.NONE);
        canvas.addListener(SWT.Paint, e -> {
            if (shell.getData() == null) {
                shell.setData(Boolean.TRUE);
                long ms = System.currentTimeMillis() - Long.getLong("vdev.launchMillis", -1);
                System.out.println("bare shell: first paint after " + ms + " ms");
                display.asyncExec(shell::dispose);
            }
        });
        shell.setSize(1200, 800);
        shell.open();
        while (!shell.isDisposed()) {
            if (!display.readAndDispatch()) {
                display.sleep();
            }
        }
        display.dispose();
    }
}
