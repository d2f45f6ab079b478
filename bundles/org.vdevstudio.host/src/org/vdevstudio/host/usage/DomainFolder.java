package org.vdevstudio.host.usage;

import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.vdevstudio.core.io.DomainLoadException;
import org.vdevstudio.core.io.DomainXml;

/**
 * The domain definitions of a folder of XML files (libvirt's {@code /etc/libvirt/qemu}, or any
 * folder): the "used by" source until a libvirt connection provides the domains.
 */
public final class DomainFolder {

    /** The definitions that loaded, and one line per file that did not. */
    public record Result(List<DomainRef> domains, List<String> problems) {
    }

    private DomainFolder() {
    }

    /** The first readable of the user's and the system's libvirt QEMU folders, or null. */
    public static Path defaultFolder() {
        String home = System.getProperty("user.home");
        for (Path p : List.of(Path.of(home, ".config", "libvirt", "qemu"), Path.of("/etc/libvirt/qemu"))) {
            if (Files.isDirectory(p) && Files.isReadable(p)) {
                return p;
            }
        }
        return null;
    }

    public static Result load(Path folder) {
        List<DomainRef> domains = new ArrayList<>();
        List<String> problems = new ArrayList<>();
        if (folder == null) {
            return new Result(domains, problems);
        }
        try (DirectoryStream<Path> files = Files.newDirectoryStream(folder, "*.xml")) {
            for (Path f : files) {
                try {
                    domains.add(DomainRef.of(DomainXml.load(f).getDomain(), f.toString()));
                } catch (DomainLoadException e) {
                    problems.add(e.getMessage());
                }
            }
        } catch (IOException e) {
            problems.add(folder + ": cannot list: " + e.getMessage());
        }
        return new Result(domains, problems);
    }
}
