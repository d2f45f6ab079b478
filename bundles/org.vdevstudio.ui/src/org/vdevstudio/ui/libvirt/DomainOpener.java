package org.vdevstudio.ui.libvirt;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

import org.eclipse.core.runtime.Platform;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.swt.widgets.Display;
import org.eclipse.ui.IEditorPart;
import org.eclipse.ui.IEditorReference;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.PartInitException;
import org.osgi.framework.FrameworkUtil;
import org.vdevstudio.libvirt.Definition;
import org.vdevstudio.ui.editor.ConnectionEditorInput;
import org.vdevstudio.ui.editor.DomainEditor;
import org.vdevstudio.ui.overview.DocumentOrigin;

/**
 * Opens a domain of a connection in the domain editor: a job reads its definition from libvirt
 * into a local copy under the workspace's state area ({@code libvirt/<connection>/<domain>.xml},
 * {@code -live.xml} for the live one), then the editor opens on that copy with a
 * {@link ConnectionEditorInput}. A domain already open is only brought to the front: its editor
 * may hold edits that a fresh copy would overwrite.
 */
public final class DomainOpener {

    private DomainOpener() {
    }

    /** Opens (or activates) the editor; the returned job is null when an editor was already open. */
    public static Job open(IWorkbenchPage page, DomainRow domain, boolean live) {
        Path copy = copyOf(domain.uri(), domain.name(), live);
        IEditorPart existing = openEditorOn(page, copy);
        if (existing != null) {
            page.activate(existing);
            return null;
        }
        Display display = page.getWorkbenchWindow().getShell().getDisplay();
        return UserJob.schedule("Open " + domain.name() + (live ? " (live)" : "") + " from " + domain.uri(), null, monitor -> {
            String xml = Connections.get().require(domain.uri(), monitor).dumpXml(domain.name(),
                    live ? Definition.LIVE : Definition.PERSISTENT);
            write(copy, xml);
            DocumentOrigin origin = DocumentOrigin.connected(copy, domain.uri(), domain.name(),
                    live ? DocumentOrigin.LIVE : DocumentOrigin.INACTIVE);
            display.asyncExec(() -> openEditor(page, new ConnectionEditorInput(copy, origin, xml)));
        });
    }

    private static void openEditor(IWorkbenchPage page, ConnectionEditorInput input) {
        try {
            page.openEditor(input, DomainEditor.ID);
        } catch (PartInitException e) {
            org.eclipse.core.runtime.ILog.of(DomainOpener.class).error("Cannot open " + input.getToolTipText(), e);
            org.eclipse.jface.dialogs.MessageDialog.openError(page.getWorkbenchWindow().getShell(), "Open Domain",
                    "Cannot open " + input.getToolTipText() + ":\n" + e.getMessage());
        }
    }

    /** The open domain editor on {@code copy}, or null. */
    static IEditorPart openEditorOn(IWorkbenchPage page, Path copy) {
        for (IEditorReference ref : page.getEditorReferences()) {
            if (ref.getEditor(false) instanceof DomainEditor e && copy.equals(e.getFile())) {
                return e;
            }
        }
        return null;
    }

    /** Where the local copy of a domain's definition lives. */
    public static Path copyOf(String uri, String domain, boolean live) {
        Path root = Path.of(Platform.getStateLocation(FrameworkUtil.getBundle(DomainOpener.class)).toOSString()).resolve("libvirt");
        return root.resolve(safe(uri)).resolve(safe(domain) + (live ? "-live.xml" : ".xml")).toAbsolutePath().normalize();
    }

    /** A file name for any text: its harmless characters, and a hash so that different texts never meet. */
    static String safe(String text) {
        String readable = text.replaceAll("[^A-Za-z0-9._-]+", "_");
        try {
            byte[] hash = MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
            return readable + "-" + HexFormat.of().formatHex(hash, 0, 4);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
        }
    }

    /** Writes the copy through a temporary file, so that a crash never leaves half a copy. */
    private static void write(Path copy, String xml) throws IOException {
        Files.createDirectories(copy.getParent());
        Path temp = Files.createTempFile(copy.getParent(), copy.getFileName().toString(), ".tmp");
        try {
            Files.writeString(temp, xml, StandardCharsets.UTF_8);
            Files.move(temp, copy, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } finally {
            Files.deleteIfExists(temp);
        }
    }
}
