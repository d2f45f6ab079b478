package org.vdevstudio.cli;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.vdevstudio.core.io.DomainLoadException;
import org.vdevstudio.core.io.DomainResource;
import org.vdevstudio.core.io.DomainXml;

/**
 * {@code vdev roundtrip IN_DIR OUT_DIR}: loads every {@code *.xml} of IN_DIR through the model
 * and saves it under the same name in OUT_DIR, all in one JVM, so a corpus can be compared with
 * what the model writes back (for instance against {@code virsh dumpxml}).
 */
final class RoundtripCommand implements Command {

    @Override
    public String name() {
        return "roundtrip";
    }

    @Override
    public String arguments() {
        return "IN_DIR OUT_DIR";
    }

    @Override
    public String summary() {
        return "load each *.xml in IN_DIR through the model and save it to OUT_DIR";
    }

    @Override
    public int run(List<String> args, PrintStream out, PrintStream err) throws Exception {
        Arguments a = Arguments.parse(this, args).expect(this, 2, 2);
        Path in = Path.of(a.operands().get(0));
        Path outDir = Path.of(a.operands().get(1));
        if (!Files.isDirectory(in)) {
            throw CliException.failure(in + ": " + (Files.exists(in) ? "not a directory" : "no such directory"));
        }
        Files.createDirectories(outDir);
        if (Files.isSameFile(in, outDir)) {
            throw CliException.usage("roundtrip: OUT_DIR is IN_DIR; the inputs would be overwritten");
        }
        int loaded = 0;
        int failed = 0;
        for (Path file : documents(in)) {
            if (roundtrip(file, outDir.resolve(file.getFileName().toString()), out)) {
                loaded++;
            } else {
                failed++;
            }
        }
        out.println(loaded + " loaded, " + failed + " failed");
        return failed == 0 ? 0 : CliException.FAILURE;
    }

    /** The regular {@code *.xml} files directly in {@code dir}, sorted by name. */
    private static List<Path> documents(Path dir) throws IOException {
        try (Stream<Path> s = Files.list(dir)) {
            return s.filter(p -> p.getFileName().toString().endsWith(".xml") && Files.isRegularFile(p))
                    .sorted()
                    .collect(Collectors.toList());
        }
    }

    /** Prints one line when the file fails to load or save. */
    private static boolean roundtrip(Path file, Path target, PrintStream out) {
        DomainResource r;
        try {
            r = DomainXml.load(file);
        } catch (DomainLoadException e) {
            out.println(Messages.oneLine(e.getMessage()));
            return false;
        }
        try {
            DomainXml.save(r, target);
            return true;
        } catch (IOException | RuntimeException e) {
            out.println(file + ": cannot save: " + Messages.describe(e));
            return false;
        }
    }
}
