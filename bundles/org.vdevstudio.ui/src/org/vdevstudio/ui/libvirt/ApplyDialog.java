package org.vdevstudio.ui.libvirt;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.function.BiConsumer;

import org.eclipse.jface.dialogs.IDialogConstants;
import org.eclipse.jface.dialogs.IMessageProvider;
import org.eclipse.jface.dialogs.TitleAreaDialog;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.resource.JFaceResources;
import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.SashForm;
import org.eclipse.swt.custom.StyledText;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Group;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.TableColumn;
import org.eclipse.swt.widgets.TableItem;
import org.vdevstudio.libvirt.ApplyTarget;

/**
 * Apply to libvirt: the target (persistent, live or both; what the domain cannot take is
 * disabled, with the reason as tooltip), and before anything is sent the preview for that
 * target: per device added, removed or changed, live changes libvirt cannot make marked "needs
 * restart", and the selected device's XML difference. The preview is computed by a job (it reads
 * the daemon) each time the target changes; Apply is enabled once it is there and has changes.
 */
public final class ApplyDialog extends TitleAreaDialog {

    /** Computes the preview of a target off the display thread and hands it over on the display thread. */
    public interface Previewer {
        void preview(ApplyTarget target, BiConsumer<ApplyTarget, PreviewTable> done);
    }

    private final String domain;
    private final String connection;
    private final Map<ApplyTarget, String> disabled;
    private final Previewer previewer;
    private final Map<ApplyTarget, Button> targets = new EnumMap<>(ApplyTarget.class);
    private ApplyTarget target;
    private PreviewTable preview;
    private Table table;
    private StyledText diff;

    /**
     * @param disabled the targets the domain cannot take, with the reason ("the domain does not run")
     */
    public ApplyDialog(Shell parent, String domain, String connection, Map<ApplyTarget, String> disabled, Previewer previewer) {
        super(parent);
        this.domain = domain;
        this.connection = connection;
        this.disabled = disabled;
        this.previewer = previewer;
        setShellStyle(getShellStyle() | SWT.RESIZE | SWT.MAX);
    }

    @Override
    protected void configureShell(Shell shell) {
        super.configureShell(shell);
        shell.setText("Apply to libvirt");
    }

    @Override
    protected Control createDialogArea(Composite parent) {
        Composite area = (Composite) super.createDialogArea(parent);
        setTitle("Apply " + domain + " to " + connection);
        setMessage("Choose where the changes go. Nothing is sent before you press Apply.");
        Composite client = new Composite(area, SWT.NONE);
        client.setLayout(new GridLayout(1, false));
        GridDataFactory.fillDefaults().grab(true, true).applyTo(client);
        Group group = new Group(client, SWT.NONE);
        group.setText("Target");
        group.setLayout(new GridLayout(1, false));
        GridDataFactory.fillDefaults().grab(true, false).applyTo(group);
        for (ApplyTarget t : ApplyTarget.values()) {
            Button b = new Button(group, SWT.RADIO);
            b.setText(t.label());
            b.setData(t);
            String reason = disabled.get(t);
            b.setEnabled(reason == null);
            b.setToolTipText(reason);
            b.addListener(SWT.Selection, e -> {
                if (b.getSelection()) {
                    choose(t);
                }
            });
            targets.put(t, b);
        }
        SashForm sash = new SashForm(client, SWT.VERTICAL);
        GridDataFactory.fillDefaults().grab(true, true).hint(760, 420).applyTo(sash);
        table = new Table(sash, SWT.SINGLE | SWT.FULL_SELECTION | SWT.BORDER);
        table.setHeaderVisible(true);
        table.setLinesVisible(true);
        for (String[] c : new String[][] { { "Device", "300" }, { "Change", "90" }, { "Note", "340" } }) {
            TableColumn column = new TableColumn(table, SWT.LEFT);
            column.setText(c[0]);
            column.setWidth(Integer.parseInt(c[1]));
        }
        table.addListener(SWT.Selection, e -> showDiff());
        diff = new StyledText(sash, SWT.BORDER | SWT.READ_ONLY | SWT.H_SCROLL | SWT.V_SCROLL);
        diff.setFont(JFaceResources.getTextFont());
        sash.setWeights(2, 3);
        return area;
    }

    @Override
    protected void createButtonsForButtonBar(Composite parent) {
        createButton(parent, IDialogConstants.OK_ID, "&Apply", false).setEnabled(false);
        createButton(parent, IDialogConstants.CANCEL_ID, IDialogConstants.CANCEL_LABEL, true);
        ApplyTarget first = List.of(ApplyTarget.PERSISTENT, ApplyTarget.LIVE, ApplyTarget.BOTH).stream()
                .filter(t -> !disabled.containsKey(t)).findFirst().orElse(null);
        if (first != null) {
            targets.get(first).setSelection(true);
            choose(first);
        } else {
            setMessage("The domain takes no change now: " + String.join("; ", disabled.values()), IMessageProvider.ERROR);
        }
    }

    /** Selects {@code t} as a user's click does (for tests: the radio's selection and the preview). */
    public void choose(ApplyTarget t) {
        for (Map.Entry<ApplyTarget, Button> e : targets.entrySet()) {
            e.getValue().setSelection(e.getKey() == t);
        }
        target = t;
        preview = null;
        getButton(IDialogConstants.OK_ID).setEnabled(false);
        table.removeAll();
        diff.setText("");
        setMessage("Computing the preview for " + t.label() + "\u2026");
        previewer.preview(t, this::previewed);
    }

    private void previewed(ApplyTarget t, PreviewTable p) {
        if (table.isDisposed() || t != target) {
            return; // closed, or another target was chosen meanwhile
        }
        preview = p;
        for (PreviewTable.Row row : p.rows()) {
            TableItem item = new TableItem(table, SWT.NONE);
            item.setText(new String[] { row.device(), row.change(), row.note() });
            item.setData(row);
        }
        if (table.getItemCount() > 0) {
            table.select(0);
            showDiff();
        }
        getButton(IDialogConstants.OK_ID).setEnabled(p.error() == null && p.calls() > 0);
        if (p.error() != null) {
            setMessage(p.error(), IMessageProvider.ERROR);
        } else if (p.rows().isEmpty()) {
            setMessage("Nothing to apply: the " + t.label() + " definition already is what the editor holds.", IMessageProvider.INFORMATION);
        } else {
            setMessage((p.calls() == 0 ? "Nothing can be sent now: " : "") + p.summary(),
                    p.needsRestart() ? IMessageProvider.WARNING : IMessageProvider.NONE);
        }
    }

    private void showDiff() {
        int i = table.getSelectionIndex();
        diff.setText(i < 0 ? "" : ((PreviewTable.Row) table.getItem(i).getData()).diff());
        DiffColors.apply(diff);
    }

    /** The target chosen, once the dialog was closed with Apply. */
    public ApplyTarget getTarget() {
        return target;
    }

    /** The preview shown when Apply was pressed (what the user agreed to). */
    public PreviewTable getPreview() {
        return preview;
    }

    /** The preview table (for tests). */
    public Table getTable() {
        return table;
    }

    /** The difference of the selected device (for tests). */
    public StyledText getDiff() {
        return diff;
    }

    /** The Apply button (for tests). */
    public Button getApplyButton() {
        return getButton(IDialogConstants.OK_ID);
    }

    /** A target's radio button (for tests). */
    public Button getTargetButton(ApplyTarget t) {
        return targets.get(t);
    }
}
