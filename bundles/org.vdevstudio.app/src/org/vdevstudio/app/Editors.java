package org.vdevstudio.app;

import java.nio.file.Path;

import org.eclipse.core.filesystem.EFS;
import org.eclipse.core.filesystem.IFileStore;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.ui.IEditorPart;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.PartInitException;
import org.eclipse.ui.ide.FileStoreEditorInput;
import org.eclipse.ui.ide.IDE;

/** Opens local files (outside any workspace project) in editors. */
public final class Editors {

    /** The libvirt domain editor, contributed by org.vdevstudio.ui. */
    public static final String DOMAIN_EDITOR_ID = "org.vdevstudio.ui.domainEditor";

    private Editors() {
    }

    /** Opens a file in the domain editor; reports a failure in a dialog and returns null. */
    public static IEditorPart openDomain(IWorkbenchPage page, Path file) {
        try {
            return page.openEditor(new FileStoreEditorInput(store(file)), DOMAIN_EDITOR_ID);
        } catch (PartInitException e) {
            report(page, file, e);
            return null;
        }
    }

    /** Opens a file in the editor the workbench registers for its name (*.xml: the domain editor). */
    public static IEditorPart openRegistered(IWorkbenchPage page, Path file) {
        try {
            return IDE.openEditorOnFileStore(page, store(file));
        } catch (PartInitException e) {
            report(page, file, e);
            return null;
        }
    }

    private static IFileStore store(Path file) {
        return EFS.getLocalFileSystem().getStore(file.toAbsolutePath().normalize().toUri());
    }

    private static void report(IWorkbenchPage page, Path file, PartInitException e) {
        StartupFiles.log().error("Cannot open " + file, e);
        MessageDialog.openError(page.getWorkbenchWindow().getShell(), "Open File",
                "Cannot open " + file + ":\n" + e.getMessage());
    }
}
