package org.vdevstudio.ui.editor;

import java.io.IOException;
import java.nio.file.Path;

import org.eclipse.core.filesystem.EFS;
import org.eclipse.core.runtime.ILog;
import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.emf.common.command.BasicCommandStack;
import org.eclipse.emf.common.command.CommandStackListener;
import org.eclipse.emf.common.notify.AdapterFactory;
import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.edit.domain.AdapterFactoryEditingDomain;
import org.eclipse.emf.edit.domain.EditingDomain;
import org.eclipse.emf.edit.domain.IEditingDomainProvider;
import org.eclipse.emf.edit.provider.ComposedAdapterFactory;
import org.eclipse.emf.edit.provider.ReflectiveItemProviderAdapterFactory;
import org.eclipse.emf.edit.provider.resource.ResourceItemProviderAdapterFactory;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.jface.text.ITextOperationTarget;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.FileDialog;
import org.eclipse.ui.IEditorInput;
import org.eclipse.ui.IEditorSite;
import org.eclipse.ui.IPathEditorInput;
import org.eclipse.ui.IURIEditorInput;
import org.eclipse.ui.PartInitException;
import org.eclipse.ui.forms.editor.FormEditor;
import org.eclipse.ui.ide.FileStoreEditorInput;
import org.vdevstudio.core.io.DomainResource;
import org.vdevstudio.core.io.DomainXml;
import org.vdevstudio.ui.autosave.AutosaveStore;
import org.vdevstudio.ui.autosave.Autosaver;
import org.vdevstudio.ui.host.HostDeviceDrop;

/**
 * The libvirt domain editor: form pages over one EMF editing domain, and the XML source. Every
 * change, from a form or from the text, is a command on the stack: undo, redo and the dirty state
 * come from there. Files are local files (opened by path, outside any workspace project); a domain
 * from a libvirt connection is a local copy whose {@link ConnectionEditorInput} knows its origin.
 */
public class DomainEditor extends FormEditor implements IEditingDomainProvider {

    /** The editor id registered in plugin.xml. */
    public static final String ID = "org.vdevstudio.ui.domainEditor";
    /** The id of the page editors open on (overview, devices, interfaces, hostdevs, source): for screenshots. */
    public static final String START_PAGE_PROPERTY = "vdev.startPage";

    /**
     * A property that changes with every command and every change of the Source text's state: what
     * undo, redo and revert offer. PROP_DIRTY is fired only when {@link #isDirty()} changes: the
     * workbench re-evaluates its save and close handlers at each one.
     */
    public static final int PROP_EDITS = 0x10D0;

    private final CommandStackListener stackListener = e -> edited();
    private final Runnable sourceListener = this::edited;
    private boolean dirtyShown;

    private Path file;
    private LoadedDomain loaded;
    private ComposedAdapterFactory adapterFactory;
    private AdapterFactoryEditingDomain editingDomain;
    private SourceSync sourceSync;
    private ExternalChanges externalChanges;
    private Autosaver autosaver;
    private volatile boolean disposed;

    @Override
    public void init(IEditorSite site, IEditorInput input) throws PartInitException {
        Path path = localPath(input);
        if (path == null) {
            throw new PartInitException("The domain editor edits local files only: " + input.getToolTipText());
        }
        super.init(site, input);
        file = path;
        loaded = LoadedDomain.open(path);
        adapterFactory = new ComposedAdapterFactory(new AdapterFactory[] {
                new ResourceItemProviderAdapterFactory(), new ReflectiveItemProviderAdapterFactory() });
        BasicCommandStack stack = new BasicCommandStack();
        editingDomain = new AdapterFactoryEditingDomain(adapterFactory, stack, loaded.resource().getResourceSet());
        // The text listens first, so that it is current when the dirty listeners ask about it.
        sourceSync = new SourceSync(site.getShell().getDisplay(), editingDomain, loaded.resource(),
                path.getFileName().toString(), SourceSync.DEFAULT_DELAY_MS);
        if (!loaded.isLoaded()) {
            sourceSync.showUnloaded(loaded.text(), loaded.error());
        }
        stack.addCommandStackListener(stackListener);
        sourceSync.addStateListener(sourceListener);
        externalChanges = new ExternalChanges(this, path);
        externalChanges.install(site.getPage(), site.getWorkbenchWindow().getShell());
        autosaver = new Autosaver(site.getShell().getDisplay(), AutosaveStore.workspace(), path, sourceSync.getDocument(),
                this::isDirty);
        setPartName(input.getName());
        setTitleToolTip(input instanceof ConnectionEditorInput c ? c.getToolTipText() : path.toString());
    }

    /** The file behind a file-store (outside the workspace) or path input, or null. */
    static Path localPath(IEditorInput input) {
        if (input instanceof IURIEditorInput u && u.getURI() != null && "file".equals(u.getURI().getScheme())) {
            return Path.of(u.getURI());
        }
        if (input instanceof IPathEditorInput p) {
            return p.getPath().toFile().toPath();
        }
        return null;
    }

    @Override
    protected void addPages() {
        try {
            addPage(new org.vdevstudio.ui.overview.OverviewPage(this));
            addPage(new DevicesPage(this));
            addPage(new org.vdevstudio.ui.forms.InterfacesPage(this));
            addPage(new org.vdevstudio.ui.forms.HostDevicesPage(this));
            addPage(new SourcePage(this));
        } catch (PartInitException e) {
            ILog.of(DomainEditor.class).error("Cannot create the pages of the domain editor", e);
        }
    }

    @Override
    protected void createPages() {
        super.createPages();
        if (!loaded.isLoaded()) {
            setActivePage(SourcePage.ID);
        } else if (System.getProperty(START_PAGE_PROPERTY) != null) {
            setActivePage(System.getProperty(START_PAGE_PROPERTY));
        }
    }

    @Override
    protected void pageChange(int newPageIndex) {
        // Leaving the Source page: what was typed shows on the other pages now, not after the delay.
        sourceSync.flush();
        super.pageChange(newPageIndex);
        // a page's controls exist once it was shown: let them take host devices dragged from the browser
        HostDeviceDrop.install(this, getContainer());
        if (getEditorSite().getActionBarContributor() instanceof DomainEditorContributor contributor) {
            contributor.activePageChanged(this);
        }
    }

    @Override
    public boolean isDirty() {
        return ((BasicCommandStack) editingDomain.getCommandStack()).isSaveNeeded() || sourceSync.hasUnappliedEdits();
    }

    @Override
    public void doSave(IProgressMonitor monitor) {
        boolean saved = org.vdevstudio.ui.forms.SaveCheck.confirm(getSite().getShell(), getResource()) && writeTo(file, "Save");
        if (!saved && monitor != null) {
            monitor.setCanceled(true);
        }
    }

    @Override
    public boolean isSaveAsAllowed() {
        return true;
    }

    @Override
    public void doSaveAs() {
        if (!org.vdevstudio.ui.forms.SaveCheck.confirm(getSite().getShell(), getResource())) {
            return;
        }
        FileDialog dialog = new FileDialog(getSite().getShell(), SWT.SAVE | SWT.SHEET);
        dialog.setText("Save Domain XML As");
        dialog.setFilterExtensions(new String[] { "*.xml", "*" });
        dialog.setFilterPath(file.getParent() == null ? null : file.getParent().toString());
        dialog.setFileName(file.getFileName().toString());
        dialog.setOverwrite(true);
        String chosen = dialog.open();
        if (chosen != null) {
            saveAs(Path.of(chosen).toAbsolutePath());
        }
    }

    /** Writes the domain to {@code target}, which the editor edits from then on; false (with the reason shown) when it cannot. */
    public boolean saveAs(Path target) {
        if (!writeTo(target, "Save As")) {
            return false;
        }
        file = target;
        getResource().setURI(URI.createFileURI(target.toString()));
        setInputWithNotify(new FileStoreEditorInput(EFS.getLocalFileSystem().getStore(target.toUri())));
        setPartName(getEditorInput().getName());
        setTitleToolTip(target.toString());
        return true;
    }

    /** File > Revert: what the file holds, as one undoable command ("Undo Reload from Disk"), and not dirty. */
    public void revertToSaved() {
        externalChanges.reload();
    }

    /** Applies pending text, then writes the model atomically; false (with the reason shown) when it cannot. */
    private boolean writeTo(Path target, String operation) {
        if (sourceSync.flush() == SourceSync.State.INVALID || getResource().getDomain() == null) {
            setActivePage(SourcePage.ID);
            MessageDialog.openError(getSite().getShell(), operation, "The source is not a valid domain, so it is not saved:\n"
                    + SourceSync.describe(sourceSync.getError()));
            return false;
        }
        if (target.equals(file) && !externalChanges.confirmOverwrite()) {
            return false;
        }
        try {
            DomainXml.save(getResource(), target);
        } catch (IOException e) {
            ILog.of(DomainEditor.class).error("Cannot save " + target, e);
            MessageDialog.openError(getSite().getShell(), operation, "Cannot save " + target + ":\n" + e.getMessage());
            return false;
        }
        markSaved();
        externalChanges.saved(target);
        autosaver.saved(target);
        return true;
    }

    /**
     * Turns to the page that edits {@code device} (an interface, a host device, or something inside
     * one) and selects it there; false when no page edits it.
     */
    public boolean reveal(org.eclipse.emf.ecore.EObject device) {
        return DeviceReveal.reveal(this, device);
    }

    /** The model as it is now is what the file holds. */
    void markSaved() {
        ((BasicCommandStack) editingDomain.getCommandStack()).saveIsDone();
        edited();
    }

    /** After a command, a save or a change of the text's state: PROP_EDITS, and PROP_DIRTY if that changed. */
    private void edited() {
        boolean dirty = isDirty();
        if (dirty != dirtyShown) {
            dirtyShown = dirty;
            firePropertyChange(PROP_DIRTY);
        }
        firePropertyChange(PROP_EDITS);
    }

    /**
     * Checks whether the file was changed or deleted on disk and, if so, asks what to do. The
     * editor does this itself when it is activated and before it saves.
     */
    public void checkDisk() {
        externalChanges.check();
    }

    /** Puts {@code text} (restored unsaved changes) into the editor, as if typed in the Source page. */
    public void restoreContent(String text) {
        sourceSync.getDocument().set(text);
        sourceSync.flush();
    }

    /** The autosave of this editor. */
    public Autosaver getAutosaver() {
        return autosaver;
    }

    @Override
    public <T> T getAdapter(Class<T> type) {
        if (type == org.eclipse.ui.views.contentoutline.IContentOutlinePage.class) {
            return type.cast(new org.vdevstudio.ui.outline.DomainOutlinePage(editingDomain, getResource(), this::reveal));
        }
        if (type == org.eclipse.ui.views.properties.IPropertySheetPage.class) {
            org.eclipse.ui.views.properties.PropertySheetPage page = new org.eclipse.ui.views.properties.PropertySheetPage();
            page.setPropertySourceProvider(new org.vdevstudio.ui.outline.DevicePropertySourceProvider(editingDomain));
            return type.cast(page);
        }
        return super.getAdapter(type);
    }

    /** Tells the workbench (the Properties view) which device a page selected. */
    public void deviceSelected(Object device) {
        getSite().getSelectionProvider().setSelection(device == null ? org.eclipse.jface.viewers.StructuredSelection.EMPTY
                : new org.eclipse.jface.viewers.StructuredSelection(device));
    }

    @Override
    public EditingDomain getEditingDomain() {
        return editingDomain;
    }

    public DomainResource getResource() {
        return loaded.resource();
    }

    public SourceSync getSourceSync() {
        return sourceSync;
    }

    /** Where the document came from: a local file, or a domain on a libvirt connection (edited in a local copy). */
    public org.vdevstudio.ui.overview.DocumentOrigin getOrigin() {
        ConnectionEditorInput connected = getConnectionInput();
        return connected != null ? connected.getOrigin() : org.vdevstudio.ui.overview.DocumentOrigin.offline(file);
    }

    /** The input when the domain was opened from a libvirt connection (until Save As), else null. */
    public ConnectionEditorInput getConnectionInput() {
        return getEditorInput() instanceof ConnectionEditorInput c ? c : null;
    }

    /**
     * The domain XML as the editor holds it now, pending typing included; null when the Source
     * page holds text that is not a valid domain (the reason is shown there).
     */
    public String currentXml() throws IOException {
        if (sourceSync.flush() == SourceSync.State.INVALID || getResource().getDomain() == null) {
            return null;
        }
        return DomainXml.toString(getResource());
    }

    /**
     * Replaces the content with {@code xml} read from libvirt, as one undoable command (the
     * user's edits are one Undo away), writes it to the local copy and makes that the saved
     * state. Runs on the display thread.
     */
    public void reloadFrom(String xml, String label) throws IOException {
        DomainResource parsed;
        try {
            parsed = DomainXml.load(xml, getEditorInput().getName());
        } catch (org.vdevstudio.core.io.DomainLoadException e) {
            throw new IOException(e.getMessage(), e);
        }
        sourceSync.flush(); // pending typing first, so that it is part of what Undo brings back
        editingDomain.getCommandStack().execute(ReplaceContentCommand.create(editingDomain, getResource(), parsed, label));
        DomainXml.save(getResource(), file);
        markSaved();
        externalChanges.saved(file);
        autosaver.saved(file);
    }

    /** The file being edited. */
    public Path getFile() {
        return file;
    }

    /** The text Cut, Copy and Paste act on: the Source page's when it is the active page, else null. */
    public ITextOperationTarget getActiveTextTarget() {
        return getActivePageInstance() instanceof SourcePage source ? source.getTextOperationTarget() : null;
    }

    @Override
    public void setFocus() {
        super.setFocus();
        if (getActivePageInstance() != null) {
            getActivePageInstance().setFocus();
        }
    }

    /** True once the editor was closed: work that finishes later (a job's result) has nobody to show it to. */
    public boolean isDisposed() {
        return disposed;
    }

    @Override
    public void dispose() {
        disposed = true;
        super.dispose();
        if (sourceSync != null) {
            externalChanges.dispose();
            autosaver.dispose();
            sourceSync.dispose();
            editingDomain.getCommandStack().removeCommandStackListener(stackListener);
            adapterFactory.dispose();
        }
    }
}
