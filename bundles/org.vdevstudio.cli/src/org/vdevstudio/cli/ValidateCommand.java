package org.vdevstudio.cli;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;

import org.vdevstudio.core.io.DomainLoadException;
import org.vdevstudio.core.io.DomainResource;
import org.vdevstudio.core.io.DomainXml;
import org.vdevstudio.core.validation.Problem;
import org.vdevstudio.core.validation.Severity;
import org.vdevstudio.core.validation.SharedHostDevices;
import org.vdevstudio.core.validation.Validation;
import org.vdevstudio.model.domain.Domain;

/**
 * {@code vdev validate [--domains-dir DIR] FILE...}: each file is loaded through the model, then
 * checked against libvirt's RelaxNG schema (what {@code virt-xml-validate} reports), the model's
 * constraints and libvirt's semantic rules ({@link Validation}). With {@code --domains-dir}, host
 * devices that a domain in DIR (or another FILE) also uses are warnings. Problems print as
 * {@code file:line:column: severity: message}, in the order of the text; the exit code is 1 when
 * any is an error, 0 for warnings only.
 */
final class ValidateCommand implements Command {

    private static final String DOMAINS_DIR = "--domains-dir";

    @Override
    public String name() {
        return "validate";
    }

    @Override
    public String arguments() {
        return "[--domains-dir DIR] FILE...";
    }

    @Override
    public String summary() {
        return "check domains against libvirt's schema and rules (and host devices shared with DIR's domains)";
    }

    @Override
    public int run(List<String> args, PrintStream out, PrintStream err) throws Exception {
        List<String> rest = new ArrayList<>(args);
        Path domainsDir = takeDomainsDir(rest);
        Arguments a = Arguments.parse(this, rest).expect(this, 1, Integer.MAX_VALUE);
        List<Path> files = a.operands().stream().map(Path::of).toList();
        List<SharedHostDevices.Other> others = new ArrayList<>();
        if (domainsDir != null) {
            others.addAll(otherDomains(domainsDir, files));
        }
        boolean allValid = true;
        for (Path file : files) {
            allValid &= validate(file, others, out);
        }
        return allValid ? 0 : CliException.FAILURE;
    }

    /** Removes {@code --domains-dir DIR} from the arguments; returns DIR, or null. */
    private Path takeDomainsDir(List<String> args) throws CliException {
        int i = args.indexOf(DOMAINS_DIR);
        if (i < 0 || args.subList(0, i).contains("--")) {
            return null;
        }
        if (i + 1 >= args.size()) {
            throw CliException.usage(name() + ": " + DOMAINS_DIR + " needs a folder (usage: vdev " + name() + " "
                    + arguments() + ")");
        }
        Path dir = Path.of(args.get(i + 1));
        args.subList(i, i + 2).clear();
        if (!Files.isDirectory(dir)) {
            throw CliException.usage(name() + ": " + dir + " is not a folder");
        }
        return dir;
    }

    /**
     * The domains of DIR's *.xml files and of the files being validated (they can run together
     * too). A file that does not load is skipped here: validating it reports why.
     */
    private static List<SharedHostDevices.Other> otherDomains(Path dir, List<Path> files) throws IOException {
        List<Path> all = new ArrayList<>();
        try (Stream<Path> s = Files.list(dir)) {
            s.filter(p -> p.toString().endsWith(".xml") && Files.isRegularFile(p)).sorted().forEach(all::add);
        }
        all.addAll(files);
        List<SharedHostDevices.Other> others = new ArrayList<>();
        for (Path p : all.stream().map(Path::toAbsolutePath).map(Path::normalize).distinct().toList()) {
            try {
                Domain d = DomainXml.load(p).getDomain();
                if (d != null) {
                    others.add(new SharedHostDevices.Other("domain '" + d.getName() + "' (" + p.getFileName() + ")", d));
                }
            } catch (DomainLoadException e) {
                continue; // reported when that file itself is validated, or not ours to report
            }
        }
        return others;
    }

    /** Prints the file's problems; true when none is an error. */
    private boolean validate(Path file, List<SharedHostDevices.Other> others, PrintStream out) throws Exception {
        String label = file.toString();
        List<Problem> problems = new ArrayList<>();
        try {
            DomainResource r = DomainXml.load(file);
            // The schema sees the bytes as written, so its lines and columns are the file's.
            problems.addAll(check(Files.readAllBytes(file), r));
            if (!others.isEmpty() && r.getDomain() != null) {
                problems.addAll(SharedHostDevices.check(r.getDomain(), others));
            }
        } catch (DomainLoadException e) {
            problems.add(new Problem(Severity.ERROR, e.getReason(), null, null, e.getLine(), e.getColumn()));
        }
        problems.sort(Comparator.comparingInt(Problem::line).thenComparingInt(Problem::column));
        boolean valid = true;
        for (Problem p : problems) {
            out.println(Messages.oneLine(p.format(label)));
            valid &= p.severity() != Severity.ERROR;
        }
        if (valid) {
            out.println(label + ": valid");
        }
        return valid;
    }

    /** A failing check is one error line for this file; the other files are still checked. */
    private static List<Problem> check(byte[] xml, DomainResource r) throws IOException {
        try {
            return Validation.check(xml, r);
        } catch (RuntimeException e) {
            return List.of(new Problem(Severity.ERROR, "the check failed: " + Messages.describe(e), null, null, 0, 0));
        }
    }
}
