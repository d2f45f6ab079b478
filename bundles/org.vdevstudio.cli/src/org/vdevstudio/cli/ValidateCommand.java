package org.vdevstudio.cli;

import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import org.vdevstudio.core.io.DomainLoadException;
import org.vdevstudio.core.io.DomainResource;
import org.vdevstudio.core.io.DomainXml;
import org.vdevstudio.core.validation.DomainValidator;
import org.vdevstudio.core.validation.Problem;
import org.vdevstudio.core.validation.SchemaValidator;
import org.vdevstudio.core.validation.Severity;

/**
 * {@code vdev validate FILE...}: each file is loaded through the model, then checked against
 * libvirt's RelaxNG schema (what {@code virt-xml-validate} reports) and the model's constraints.
 * Problems print as {@code file:line:column: severity: message}, in the order of the text.
 */
final class ValidateCommand implements Command {

    private SchemaValidator schema;

    @Override
    public String name() {
        return "validate";
    }

    @Override
    public String arguments() {
        return "FILE...";
    }

    @Override
    public String summary() {
        return "check domains against libvirt's schema and the model's constraints";
    }

    @Override
    public int run(List<String> args, PrintStream out, PrintStream err) throws Exception {
        Arguments a = Arguments.parse(this, args).expect(this, 1, Integer.MAX_VALUE);
        boolean allValid = true;
        for (String name : a.operands()) {
            allValid &= validate(Path.of(name), out);
        }
        return allValid ? 0 : CliException.FAILURE;
    }

    /** Prints the file's problems; true when none is an error. */
    private boolean validate(Path file, PrintStream out) throws Exception {
        String label = file.toString();
        List<Problem> problems = new ArrayList<>();
        try {
            DomainResource r = DomainXml.load(file);
            // The schema sees the bytes as written, so its lines and columns are the file's.
            problems.addAll(schema().validate(Files.readAllBytes(file)));
            problems.addAll(modelProblems(r));
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
    private static List<Problem> modelProblems(DomainResource r) {
        try {
            return new DomainValidator().validate(r.getDomain());
        } catch (RuntimeException e) {
            return List.of(new Problem(Severity.ERROR, "the model check failed: " + Messages.describe(e), null, null, 0, 0));
        }
    }

    /** Loading libvirt's schema takes a moment; do it once, and only when a file loaded. */
    private SchemaValidator schema() throws Exception {
        if (schema == null) {
            schema = new SchemaValidator();
        }
        return schema;
    }
}
