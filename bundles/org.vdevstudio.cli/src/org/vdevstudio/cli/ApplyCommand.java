package org.vdevstudio.cli;

import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;

import org.vdevstudio.core.io.DomainXml;
import org.vdevstudio.libvirt.ApplyTarget;
import org.vdevstudio.libvirt.Definition;
import org.vdevstudio.libvirt.LibvirtConnection;
import org.vdevstudio.libvirt.apply.Applier;
import org.vdevstudio.libvirt.apply.ApplyMonitor;
import org.vdevstudio.libvirt.apply.ApplyPlan;
import org.vdevstudio.libvirt.apply.ApplyReport;
import org.vdevstudio.libvirt.apply.ApplyRequest;
import org.vdevstudio.libvirt.apply.ApplyResult;
import org.vdevstudio.model.domain.Domain;

/**
 * {@code vdev apply --connect URI FILE (--config|--live|--both) [--dry-run] [--base FILE]}: applies
 * an edited domain XML to the domain of the same UUID (or name), as the editor's Apply does.
 * <p>
 * What the file is compared with: with {@code --base BASE}, the XML it was edited from (as
 * {@code vdev dumpxml} wrote it; a base with {@code id='…'} on {@code <domain>} is a live
 * definition, one without is the persistent one), and the apply is refused when the domain on the
 * daemon no longer matches the base. Without {@code --base}, the daemon's current definition is the
 * base (the persistent one for --config and --both, the live one for --live): what differs from
 * it is applied, and a concurrent change cannot be told from an edit.
 */
final class ApplyCommand implements Command {

    @Override
    public String name() {
        return "apply";
    }

    @Override
    public String arguments() {
        return "--connect URI FILE (--config|--live|--both) [--dry-run] [--base FILE]";
    }

    @Override
    public String summary() {
        return "apply an edited domain XML persistently, live or both (--dry-run: print the preview)";
    }

    @Override
    public int run(List<String> args, PrintStream out, PrintStream err) throws Exception {
        Set<String> flags = new java.util.HashSet<>(Connections.TARGETS);
        flags.add("--dry-run");
        Arguments a = Arguments.parse(this, args, flags, Set.of(Connections.CONNECT, "--base")).expect(this, 1, 1);
        ApplyTarget target = Connections.target(this, a);
        Path file = Path.of(a.operands().get(0));
        Domain edited = DomainXml.load(file).getDomain(); // one clear error line for a file that is not a domain
        String editedXml = Files.readString(file);
        String domain = edited.getUuid() != null ? edited.getUuid() : edited.getName();
        if (domain == null) {
            throw CliException.failure(file + ": the domain has neither <uuid> nor <name>");
        }
        try (LibvirtConnection c = Connections.open(this, a)) {
            ApplyRequest request = request(c, a, domain, editedXml, target);
            Applier applier = new Applier(c);
            if (a.has("--dry-run")) {
                ApplyPlan plan = applier.preview(request);
                out.print(ApplyReport.preview(plan));
                return plan.hasConflict() || plan.isRefused() ? CliException.FAILURE : 0;
            }
            ApplyResult result = applier.apply(request, ApplyMonitor.NONE);
            out.print(ApplyReport.result(result));
            return switch (result.status()) {
            case APPLIED, PENDING, NOTHING_TO_APPLY -> 0;
            case FAILED -> throw CliException.failure(result.error() != null ? result.error().getMessage()
                    : "libvirt accepted a step that it did not carry out (see above)");
            case CONFLICT -> throw CliException.failure("the domain changed on the daemon since " + a.value("--base")
                    + " was dumped; nothing was sent (dump it again and redo the edit)");
            case REFUSED -> throw CliException.failure(result.plan().refusal());
            case CANCELED -> CliException.FAILURE;
            };
        }
    }

    private static ApplyRequest request(LibvirtConnection c, Arguments a, String domain, String editedXml, ApplyTarget target)
            throws Exception {
        String base = a.value("--base");
        if (base != null) {
            String baseXml = Files.readString(Path.of(base));
            Definition openedAs = baseXml.matches("(?s)\\s*(<\\?xml[^>]*>\\s*)?<domain\\s[^>]*\\bid=['\"].*") ? Definition.LIVE
                    : Definition.PERSISTENT;
            return new ApplyRequest(domain, openedAs, baseXml, editedXml, target);
        }
        Definition openedAs = target == ApplyTarget.LIVE ? Definition.LIVE : Definition.PERSISTENT;
        return new ApplyRequest(domain, openedAs, c.dumpXml(domain, openedAs), editedXml, target);
    }
}
