package org.vdevstudio.cli;

import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;

import org.vdevstudio.core.io.AtomicFile;
import org.vdevstudio.libvirt.Definition;
import org.vdevstudio.libvirt.LibvirtConnection;

/** {@code vdev dumpxml --connect URI DOMAIN [--inactive] [-o FILE]}: a domain's live or persistent XML. */
final class DumpxmlCommand implements Command {

    @Override
    public String name() {
        return "dumpxml";
    }

    @Override
    public String arguments() {
        return "--connect URI DOMAIN [--inactive] [-o FILE]";
    }

    @Override
    public String summary() {
        return "a domain's XML as libvirt has it: the live definition, or with --inactive the persistent one";
    }

    @Override
    public int run(List<String> args, PrintStream out, PrintStream err) throws Exception {
        Arguments a = Arguments.parse(this, args, Set.of("--inactive"), Set.of(Connections.CONNECT, "-o")).expect(this, 1, 1);
        String xml;
        try (LibvirtConnection c = Connections.open(this, a)) {
            xml = c.dumpXml(a.operands().get(0), a.has("--inactive") ? Definition.PERSISTENT : Definition.LIVE);
        }
        if (a.value("-o") != null) {
            AtomicFile.write(Path.of(a.value("-o")), xml.getBytes(StandardCharsets.UTF_8));
        } else {
            out.print(xml);
        }
        return 0;
    }
}
