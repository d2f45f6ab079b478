/**
 * Edits of the domain model as EMF commands, without SWT: forms and the CLI build them, the
 * editing domain's stack runs them. Inserted elements get indentation, because the model is mixed
 * and the Source page shows the whitespace between elements.
 */
package org.vdevstudio.core.edit;
