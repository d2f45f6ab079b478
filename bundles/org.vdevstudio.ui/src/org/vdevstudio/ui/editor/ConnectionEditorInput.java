package org.vdevstudio.ui.editor;

import java.nio.file.Path;
import java.util.Objects;

import org.eclipse.core.filesystem.EFS;
import org.eclipse.ui.IPersistableElement;
import org.eclipse.ui.ide.FileStoreEditorInput;
import org.vdevstudio.ui.overview.DocumentOrigin;

/**
 * A domain opened from a libvirt connection: the editor edits a local copy of the XML (in the
 * workspace's state area, so Save, autosave and the external-change checks work as for any
 * file), and this input remembers where the XML came from and the text libvirt gave when it was
 * opened or last applied: the base that Apply compares the daemon's current definition with, to
 * refuse overwriting a change made behind the editor's back.
 */
public final class ConnectionEditorInput extends FileStoreEditorInput {

    private final DocumentOrigin origin;
    private volatile String base;

    public ConnectionEditorInput(Path copy, DocumentOrigin origin, String base) {
        super(EFS.getLocalFileSystem().getStore(copy.toAbsolutePath().normalize().toUri()));
        this.origin = Objects.requireNonNull(origin);
        this.base = Objects.requireNonNull(base);
        if (origin.connection() == null || origin.domain() == null) {
            throw new IllegalArgumentException("A connection input needs a connection and a domain: " + origin);
        }
    }

    public DocumentOrigin getOrigin() {
        return origin;
    }

    /** True for the running guest's live definition, false for the persistent (inactive) one. */
    public boolean isLive() {
        return DocumentOrigin.LIVE.equals(origin.state());
    }

    /** The XML libvirt gave when the domain was opened, or after the last Apply or reload. */
    public String getBase() {
        return base;
    }

    /** After an Apply or a reload from libvirt: the daemon's definition the editor now agrees with. */
    public void rebase(String xml) {
        base = Objects.requireNonNull(xml);
    }

    @Override
    public String getName() {
        return origin.domain() + (isLive() ? " (live)" : "");
    }

    @Override
    public String getToolTipText() {
        return origin.describeConnection();
    }

    /** Not restored after a restart: the connection would be gone, and the copy is only a copy. */
    @Override
    public IPersistableElement getPersistable() {
        return null;
    }
}
