package org.vdevstudio.app;

import java.io.IOException;
import java.io.InputStream;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.eclipse.core.runtime.ILog;
import org.eclipse.core.runtime.Platform;
import org.eclipse.core.runtime.URIUtil;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.osgi.service.datalocation.Location;
import org.eclipse.ui.IWorkbenchPage;
import org.osgi.framework.Bundle;
import org.osgi.framework.FrameworkUtil;

/**
 * What the editor opens at start-up: the XML files named on the command line or, without any, a
 * writable copy of the bundled example domain.
 */
public final class StartupFiles {

    /** The example domain inside this bundle. */
    static final String EXAMPLE = "examples/example-domain.xml";

    private StartupFiles() {
    }

    static ILog log() {
        return ILog.of(StartupFiles.class);
    }

    /**
     * The file arguments among the application arguments: those that are not options and name an
     * XML file. Options and their values (the runtime's, or a test harness's) are left alone.
     */
    public static List<String> fileArguments(String[] args) {
        List<String> files = new ArrayList<>();
        if (args != null) {
            for (String arg : args) {
                if (!arg.startsWith("-") && arg.toLowerCase(Locale.ROOT).endsWith(".xml")) {
                    files.add(arg);
                }
            }
        }
        return files;
    }

    /** Opens the given files in the domain editor, or the example domain when there are none. */
    public static void open(IWorkbenchPage page, List<String> files) {
        if (files.isEmpty()) {
            openExample(page);
            return;
        }
        List<String> missing = new ArrayList<>();
        for (String name : files) {
            Path file = Path.of(name).toAbsolutePath().normalize();
            if (Files.isRegularFile(file)) {
                Editors.openDomain(page, file);
            } else {
                missing.add(file.toString());
            }
        }
        if (!missing.isEmpty()) {
            log().error("No such file: " + String.join(", ", missing));
            MessageDialog.openError(page.getWorkbenchWindow().getShell(), "Open File",
                    "No such file:\n" + String.join("\n", missing));
        }
    }

    private static void openExample(IWorkbenchPage page) {
        try {
            Editors.openDomain(page, exampleCopy());
        } catch (IOException e) {
            log().error("Cannot copy the example domain", e);
        }
    }

    /**
     * The example domain, copied once into the workspace (or a temporary folder) so that edits
     * never touch the installation; an existing copy, with the user's edits, is kept.
     */
    static Path exampleCopy() throws IOException {
        Path copy = exampleFolder().resolve("example-domain.xml");
        if (!Files.exists(copy)) {
            Bundle bundle = FrameworkUtil.getBundle(StartupFiles.class);
            URL source = bundle.getEntry(EXAMPLE);
            if (source == null) {
                throw new IOException("missing in bundle " + bundle.getSymbolicName() + ": " + EXAMPLE);
            }
            Files.createDirectories(copy.getParent());
            try (InputStream in = source.openStream()) {
                Files.copy(in, copy);
            }
        }
        return copy;
    }

    private static Path exampleFolder() throws IOException {
        Location workspace = Platform.getInstanceLocation();
        if (workspace != null && !workspace.isReadOnly() && workspace.getURL() != null) {
            try {
                // Location URLs are not encoded (a space stays a space): URIUtil copes with that.
                Path folder = Path.of(URIUtil.toURI(workspace.getURL())).resolve("examples");
                Files.createDirectories(folder);
                if (Files.isWritable(folder)) {
                    return folder;
                }
            } catch (URISyntaxException | IllegalArgumentException | IOException e) {
                log().warn("Workspace not usable for the example domain, using a temporary folder: " + e);
            }
        }
        return Files.createTempDirectory("vdev-studio-");
    }
}
