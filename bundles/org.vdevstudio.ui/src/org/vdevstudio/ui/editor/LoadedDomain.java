package org.vdevstudio.ui.editor;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import org.eclipse.emf.common.util.URI;
import org.vdevstudio.core.io.DomainLoadException;
import org.vdevstudio.core.io.DomainResource;
import org.vdevstudio.core.io.DomainXml;

/**
 * A file opened for editing: its domain, or, when it does not load, an empty resource, the error
 * and the file's text, so that the editor opens on the text and the user can fix it.
 */
public record LoadedDomain(DomainResource resource, DomainLoadException error, String text) {

    public static LoadedDomain open(Path file) {
        try {
            return new LoadedDomain(DomainXml.load(file), null, null);
        } catch (DomainLoadException e) {
            DomainResource empty = DomainXml.createResource(URI.createFileURI(file.toAbsolutePath().toString()));
            return new LoadedDomain(empty, e, textOf(file));
        }
    }

    public boolean isLoaded() {
        return error == null;
    }

    /** The file's text for the Source page; "" when it cannot be read (the load error already says why). */
    private static String textOf(Path file) {
        try {
            if (Files.size(file) > DomainXml.MAX_DOCUMENT_BYTES) {
                return "";
            }
            return new String(Files.readAllBytes(file), StandardCharsets.UTF_8);
        } catch (IOException e) {
            return "";
        }
    }
}
