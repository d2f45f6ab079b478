package org.vdevstudio.ui.problems;

import java.util.ArrayList;
import java.util.List;

import org.eclipse.jface.layout.TableColumnLayout;
import org.eclipse.jface.viewers.ArrayContentProvider;
import org.eclipse.jface.viewers.ColumnLabelProvider;
import org.eclipse.jface.viewers.ColumnWeightData;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.jface.viewers.TableViewer;
import org.eclipse.jface.viewers.TableViewerColumn;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.ui.IEditorPart;
import org.eclipse.ui.IEditorReference;
import org.eclipse.ui.IPartListener2;
import org.eclipse.ui.IWorkbenchPartReference;
import org.eclipse.ui.part.ViewPart;
import org.vdevstudio.core.validation.Problem;
import org.vdevstudio.core.validation.SharedHostDevices;
import org.vdevstudio.ui.editor.DomainEditor;

/**
 * The active domain editor's problems, as a table of severity, message and file:line, from its
 * {@link ProblemCheck} (which runs off the UI thread a moment after each command). Double-click
 * goes to the problem: its field on a form page, or its line on the Source page.
 */
public class ProblemsView extends ViewPart {

    public static final String ID = "org.vdevstudio.ui.problemsView";

    private TableViewer viewer;
    private DomainEditor editor;
    private final Runnable onChecked = this::refresh;
    private ProblemCheck check;
    private final IPartListener2 onPart = new IPartListener2() {
        @Override
        public void partActivated(IWorkbenchPartReference ref) {
            if (ref.getPart(false) instanceof DomainEditor e) {
                track(e);
            }
        }

        @Override
        public void partClosed(IWorkbenchPartReference ref) {
            if (ref.getPart(false) == editor) {
                track(null);
            }
        }
    };

    @Override
    public void createPartControl(Composite parent) {
        Composite holder = new Composite(parent, SWT.NONE);
        TableColumnLayout columns = new TableColumnLayout();
        holder.setLayout(columns);
        viewer = new TableViewer(holder, SWT.FULL_SELECTION | SWT.SINGLE | SWT.BORDER);
        viewer.getTable().setHeaderVisible(true);
        viewer.getTable().setLinesVisible(true);
        column(columns, "Severity", 10, p -> p.severity().label());
        column(columns, "Message", 70, Problem::message);
        column(columns, "Location", 20, p -> location(p));
        viewer.setContentProvider(ArrayContentProvider.getInstance());
        viewer.addDoubleClickListener(e -> {
            if (e.getSelection() instanceof IStructuredSelection s && s.getFirstElement() instanceof Problem p) {
                open(p);
            }
        });
        getSite().getPage().addPartListener(onPart);
        if (getSite().getPage().getActiveEditor() instanceof DomainEditor e) {
            track(e);
        }
    }

    private void column(TableColumnLayout layout, String title, int weight, java.util.function.Function<Problem, String> text) {
        TableViewerColumn c = new TableViewerColumn(viewer, SWT.NONE);
        c.getColumn().setText(title);
        layout.setColumnData(c.getColumn(), new ColumnWeightData(weight));
        c.setLabelProvider(new ColumnLabelProvider() {
            @Override
            public String getText(Object element) {
                return text.apply((Problem) element);
            }
        });
    }

    private String location(Problem p) {
        String file = editor == null || editor.getFile() == null ? "" : String.valueOf(editor.getFile().getFileName());
        return p.line() > 0 ? file + ":" + p.line() : file;
    }

    /** Follows another editor (or none). */
    void track(DomainEditor next) {
        if (editor == next) {
            return;
        }
        if (check != null) {
            check.setOthers(List::of); // the others are this view's business
            check.removeListener(onChecked);
        }
        editor = next;
        check = next == null ? null : ProblemCheck.of(next.getEditingDomain(), next.getResource());
        if (check != null) {
            check.setOthers(() -> otherEditors(next));
            check.addListener(onChecked);
        }
        refresh();
    }

    /** Shows the tracked editor's last check (the check runs by itself after commands). */
    public void refresh() {
        if (viewer != null && !viewer.getControl().isDisposed()) {
            viewer.setInput(check == null ? List.of() : check.problems());
        }
    }

    /** The domains of the other open domain editors, for host devices assigned twice. */
    private List<SharedHostDevices.Other> otherEditors(DomainEditor self) {
        List<SharedHostDevices.Other> others = new ArrayList<>();
        for (IEditorReference ref : getSite().getPage().getEditorReferences()) {
            IEditorPart part = ref.getEditor(false);
            if (part instanceof DomainEditor e && e != self && e.getResource() != null && e.getResource().getDomain() != null) {
                others.add(new SharedHostDevices.Other("domain '" + e.getResource().getDomain().getName() + "' ("
                        + e.getTitle() + ")", e.getResource().getDomain()));
            }
        }
        return others;
    }

    /** The rows shown, for tests. */
    public List<Problem> problems() {
        Object input = viewer.getInput();
        return input instanceof List<?> l ? l.stream().map(Problem.class::cast).toList() : List.of();
    }

    private void open(Problem p) {
        if (editor == null) {
            return;
        }
        getSite().getPage().activate(editor);
        ProblemNavigation.open(editor, p);
    }

    /** The table, for tests that double-click a row. */
    public TableViewer getViewer() {
        return viewer;
    }

    @Override
    public void setFocus() {
        viewer.getControl().setFocus();
    }

    @Override
    public void dispose() {
        getSite().getPage().removePartListener(onPart);
        track(null);
        super.dispose();
    }
}
