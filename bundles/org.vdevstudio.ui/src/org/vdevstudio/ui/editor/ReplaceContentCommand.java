package org.vdevstudio.ui.editor;

import java.util.List;

import org.eclipse.emf.common.command.AbstractCommand;
import org.eclipse.emf.common.command.Command;
import org.eclipse.emf.common.command.CompoundCommand;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.edit.command.AddCommand;
import org.eclipse.emf.edit.command.ReplaceCommand;
import org.eclipse.emf.edit.domain.EditingDomain;
import org.vdevstudio.core.io.DomainResource;

/**
 * A source edit as one undoable step: the document root of {@code target} is replaced by the
 * root parsed from the text (comments and all), and the XML declaration follows the text.
 */
public final class ReplaceContentCommand {

    /** The label the undo action shows ("Undo Edit Source"). */
    public static final String LABEL = "Edit Source";

    private ReplaceContentCommand() {
    }

    /** The command that makes {@code target} hold what {@code parsed} holds; parsed is emptied. */
    public static Command create(EditingDomain domain, DomainResource target, DomainResource parsed) {
        return create(domain, target, parsed, LABEL);
    }

    /** The same, labelled for the undo action (a reload from disk is not a source edit). */
    public static Command create(EditingDomain domain, DomainResource target, DomainResource parsed, String label) {
        EObject newRoot = parsed.getContents().get(0);
        CompoundCommand c = new CompoundCommand(label);
        if (target.getContents().isEmpty()) {
            // Opened on a file that did not load: there is no root to replace yet.
            c.append(new AddCommand(domain, target.getContents(), newRoot));
        } else {
            c.append(new ReplaceCommand(domain, target.getContents(), target.getContents().get(0), List.of(newRoot)));
        }
        if (target.hasXmlDeclaration() != parsed.hasXmlDeclaration()) {
            c.append(new SetXmlDeclaration(label, target, parsed.hasXmlDeclaration()));
        }
        return c;
    }

    /** The declaration flag is a property of the resource, not of the model, so EMF has no command for it. */
    private static final class SetXmlDeclaration extends AbstractCommand {
        private final DomainResource resource;
        private final boolean value;

        SetXmlDeclaration(String label, DomainResource resource, boolean value) {
            super(label);
            this.resource = resource;
            this.value = value;
        }

        @Override
        protected boolean prepare() {
            return true;
        }

        @Override
        public void execute() {
            resource.setXmlDeclaration(value);
        }

        @Override
        public void undo() {
            resource.setXmlDeclaration(!value);
        }

        @Override
        public void redo() {
            execute();
        }
    }
}
