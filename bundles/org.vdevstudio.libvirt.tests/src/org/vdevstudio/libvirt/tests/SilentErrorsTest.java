package org.vdevstudio.libvirt.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.vdevstudio.libvirt.Definition;
import org.vdevstudio.libvirt.LibvirtConnection;
import org.vdevstudio.libvirt.LibvirtError;
import org.vdevstudio.libvirt.internal.NativeErrors;
import org.vdevstudio.libvirt.internal.NativeLibvirt;

import com.sun.jna.Library;
import com.sun.jna.Native;

/**
 * libvirt's default error handler prints every error to the process's stderr (file descriptor 2,
 * below Java's System.err); the connector's handler keeps it quiet. Checked by pointing fd 2 at a
 * file around a failing call.
 */
class SilentErrorsTest {

    interface LibC extends Library {
        LibC INSTANCE = Native.load("c", LibC.class);

        int open(String path, int flags, int mode);

        int dup(int fd);

        int dup2(int from, int to);

        int close(int fd);
    }

    private static final int O_WRONLY_CREAT_TRUNC = 01 | 0100 | 01000;

    @TempDir
    Path dir;

    /** What libvirt wrote to fd 2 while looking up a domain that does not exist. */
    private String stderrOfAFailingLookup(LibvirtConnection c, String file) throws Exception {
        Path out = dir.resolve(file);
        LibC libc = LibC.INSTANCE;
        int fd = libc.open(out.toString(), O_WRONLY_CREAT_TRUNC, 0600);
        int saved = libc.dup(2);
        assertTrue(fd >= 0 && saved >= 0);
        libc.dup2(fd, 2);
        try {
            LibvirtError e = assertThrows(LibvirtError.class, () -> c.dumpXml("no-such-domain", Definition.LIVE));
            assertEquals(42, e.code());
        } finally {
            libc.dup2(saved, 2);
            libc.close(saved);
            libc.close(fd);
        }
        return Files.readString(out);
    }

    @Test
    void libvirtPrintsNothingToStderr() throws Exception {
        try (LibvirtConnection c = LibvirtConnection.open("test:///default")) {
            assertEquals("", stderrOfAFailingLookup(c, "silenced.txt"));
            // the check can fail: with libvirt's default handler back, the same call prints
            NativeLibvirt.INSTANCE.virSetErrorFunc(null, null);
            try {
                assertTrue(stderrOfAFailingLookup(c, "default.txt").contains("Domain not found"));
            } finally {
                NativeErrors.silence();
            }
        }
    }
}
