package org.vdevstudio.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.FillLayout;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Text;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Real SWT widgets under Xvfb (run with xvfb-run): a shell opens and a text field takes input. */
class SwtWidgetTest {

    private Display display;
    private Shell shell;

    @BeforeEach
    void openShell() {
        display = Display.getDefault();
        shell = new Shell(display);
        shell.setText("vdev studio widget test");
        shell.setLayout(new FillLayout());
    }

    @AfterEach
    void closeShell() {
        shell.dispose();
        while (display.readAndDispatch()) {
            // drain pending events before the next test
        }
    }

    @Test
    void textFieldTakesInputAndFiresModify() {
        Text text = new Text(shell, SWT.BORDER);
        int[] modifications = { 0 };
        text.addListener(SWT.Modify, e -> modifications[0]++);
        shell.setSize(300, 80);
        shell.open();
        while (display.readAndDispatch()) {
            // let the window map
        }
        text.setText("52:54:00:6d:90:02");

        assertTrue(shell.isVisible());
        assertEquals("52:54:00:6d:90:02", text.getText());
        assertEquals(1, modifications[0]);
    }
}
