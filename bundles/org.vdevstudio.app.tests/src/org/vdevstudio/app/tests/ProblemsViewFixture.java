package org.vdevstudio.app.tests;

import static org.vdevstudio.app.tests.Workbench.page;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.eclipse.ui.IEditorReference;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.io.TempDir;
import org.vdevstudio.app.Editors;
import org.vdevstudio.ui.editor.DomainEditor;
import org.vdevstudio.ui.problems.ProblemsView;

/** A domain editor on a test document with the Problems view beside it; closed after each test. */
abstract class ProblemsViewFixture {

    @TempDir
    Path folder;

    private final List<IEditorReference> before = List.of(page().getEditorReferences());
    protected DomainEditor editor;
    protected ProblemsView view;

    /** Opens {@code xml} (written as {@code name}) and shows the Problems view on it, the editor active. */
    protected void open(String name, String xml) throws Exception {
        editor = (DomainEditor) Editors.openDomain(page(), Files.writeString(folder.resolve(name), xml));
        view = (ProblemsView) page().showView(ProblemsView.ID);
        page().activate(editor);
        Workbench.drainEvents();
    }

    protected boolean shows(String text) {
        return view.problems().stream().anyMatch(p -> p.message().contains(text));
    }

    @AfterEach
    void closeEditors() {
        Workbench.closeEditorsOpenedSince(before);
    }
}
