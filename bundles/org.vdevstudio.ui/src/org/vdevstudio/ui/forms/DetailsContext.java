package org.vdevstudio.ui.forms;

import org.eclipse.core.databinding.DataBindingContext;
import org.eclipse.emf.edit.domain.EditingDomain;
import org.vdevstudio.core.io.DomainResource;

/**
 * What every details page of one editor shares: the editing domain whose stack takes every
 * write, the resource (its domain is replaced by source edits) and one binding context, whose
 * aggregated status is the form header's.
 */
public record DetailsContext(EditingDomain domain, DomainResource resource, DataBindingContext bindings) {
}
