package org.vdevstudio.cli;

import java.nio.file.Path;
import java.util.function.Function;

import org.eclipse.emf.common.command.BasicCommandStack;
import org.eclipse.emf.common.command.Command;
import org.eclipse.emf.edit.domain.AdapterFactoryEditingDomain;
import org.eclipse.emf.edit.provider.ReflectiveItemProviderAdapterFactory;
import org.vdevstudio.core.edit.HostdevCommands;
import org.vdevstudio.core.io.DomainResource;
import org.vdevstudio.core.io.DomainXml;

/** Load, one model command, save: the edit commands of the CLI, through the editor's command factory. */
final class DomainEdits {

    private DomainEdits() {
    }

    /** Applies the command {@code edit} builds to the domain in {@code in} and writes the whole domain to {@code out}. */
    static void apply(Path in, Path out, Function<HostdevCommands, Command> edit) throws Exception {
        DomainResource r = DomainXml.load(in);
        if (r.getDomain() == null) {
            throw CliException.failure(in + ": not a libvirt domain");
        }
        AdapterFactoryEditingDomain domain = new AdapterFactoryEditingDomain(new ReflectiveItemProviderAdapterFactory(),
                new BasicCommandStack(), r.getResourceSet());
        Command c;
        try {
            c = edit.apply(new HostdevCommands(r.getDomain()));
        } catch (IllegalArgumentException | IllegalStateException e) {
            throw CliException.usage(e.getMessage());
        }
        if (!c.canExecute()) {
            throw CliException.failure(in + ": the device cannot be added to this domain");
        }
        domain.getCommandStack().execute(c);
        DomainXml.save(r, out);
    }
}
