package org.vdevstudio.app.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.vdevstudio.app.tests.Workbench.page;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import org.eclipse.jface.wizard.WizardDialog;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Text;
import org.eclipse.ui.IEditorReference;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.vdevstudio.app.wizard.NewDomainWizard;
import org.vdevstudio.core.io.DomainResource;
import org.vdevstudio.core.io.DomainXml;
import org.vdevstudio.model.domain.InterfaceType;
import org.vdevstudio.ui.editor.DomainEditor;

/** File > New Domain, driven through the wizard's widgets: the file is written, loads, and opens. */
class NewDomainWizardTest {

    @TempDir
    Path folder;

    private final List<IEditorReference> before = List.of(page().getEditorReferences());

    @AfterEach
    void close() {
        page().closeEditors(Arrays.stream(page().getEditorReferences()).filter(e -> !before.contains(e))
                .toArray(IEditorReference[]::new), false);
        Workbench.drainEvents();
    }

    @Test
    void theSriovTemplateBecomesAValidFileOpenInTheEditor() throws Exception {
        NewDomainWizard wizard = new NewDomainWizard(page(), folder);
        WizardDialog dialog = new WizardDialog(page().getWorkbenchWindow().getShell(), wizard);
        dialog.setBlockOnOpen(false);
        dialog.open();
        List<Control> controls = all(dialog.getShell());
        org.eclipse.swt.widgets.List templates = (org.eclipse.swt.widgets.List) controls.stream()
                .filter(c -> c instanceof org.eclipse.swt.widgets.List).findFirst().orElseThrow();
        templates.setSelection(1);
        templates.notifyListeners(SWT.Selection, null);
        Text name = (Text) controls.stream().filter(c -> c instanceof Text).findFirst().orElseThrow();
        name.setText("sriov-guest");
        Button finish = (Button) controls.stream().filter(c -> c instanceof Button b && b.getText().contains("Finish"))
                .findFirst().orElseThrow();
        assertTrue(finish.isEnabled());
        finish.notifyListeners(SWT.Selection, null);
        Workbench.drainEvents();

        Path file = folder.resolve("sriov-guest.xml");
        assertTrue(Files.exists(file));
        assertFalse(Files.exists(folder.resolve("sriov-guest.xml.tmp")));
        DomainResource loaded = DomainXml.load(file);
        assertEquals("sriov-guest", loaded.getDomain().getName());
        assertEquals(InterfaceType.HOSTDEV, loaded.getDomain().getDevices().getInterfaces().get(0).getType());
        assertNotNull(loaded.getDomain().getUuid());
        DomainEditor editor = (DomainEditor) page().getActiveEditor();
        assertEquals(file, editor.getFile());
        assertFalse(editor.isDirty());
    }

    private static List<Control> all(Composite parent) {
        List<Control> out = new ArrayList<>();
        for (Control c : parent.getChildren()) {
            out.add(c);
            if (c instanceof Composite k) {
                out.addAll(all(k));
            }
        }
        return out;
    }
}
