package org.vdevstudio.cli;

import java.nio.file.AccessDeniedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.FileSystemException;
import java.nio.file.NoSuchFileException;
import java.nio.file.NotDirectoryException;

import org.vdevstudio.core.io.DomainLoadException;
import org.vdevstudio.libvirt.LibvirtError;

/** Turns an exception into the one line a user reads, without class names where the cause is known. */
final class Messages {

    private Messages() {
    }

    static String describe(Throwable t) {
        return oneLine(text(t));
    }

    private static String text(Throwable t) {
        if (t instanceof CliException || t instanceof DomainLoadException || t instanceof LibvirtError) {
            // libvirt's message verbatim (on one line)
            return t.getMessage();
        }
        if (t instanceof NoSuchFileException e) {
            return e.getFile() + ": no such file or directory";
        }
        if (t instanceof AccessDeniedException e) {
            return e.getFile() + ": permission denied";
        }
        if (t instanceof NotDirectoryException e) {
            return e.getFile() + ": not a directory";
        }
        if (t instanceof FileAlreadyExistsException e) {
            return e.getFile() + ": already exists";
        }
        if (t instanceof FileSystemException e) {
            return e.getFile() + ": " + (e.getReason() != null ? e.getReason() : "cannot access");
        }
        if (t instanceof java.io.IOException && t.getMessage() != null) {
            return t.getMessage();
        }
        if (t instanceof java.nio.file.InvalidPathException e) {
            return "not a valid file name: " + e.getMessage();
        }
        if (t instanceof OutOfMemoryError) {
            return "out of memory";
        }
        if (t instanceof StackOverflowError) {
            return "the input is nested too deeply";
        }
        // A bug in vdev: name the exception so the report can be traced.
        return "internal error: " + t.getClass().getName() + (t.getMessage() == null ? "" : ": " + t.getMessage());
    }

    /** Messages from parsers sometimes span lines; a report line must not. */
    static String oneLine(String s) {
        return s == null ? "" : s.replaceAll("\\s*[\\r\\n]+\\s*", " ").strip();
    }
}
