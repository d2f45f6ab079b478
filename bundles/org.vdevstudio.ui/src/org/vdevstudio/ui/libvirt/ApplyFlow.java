package org.vdevstudio.ui.libvirt;

import java.io.IOException;
import java.util.EnumMap;
import java.util.Map;
import java.util.function.BiConsumer;
import java.util.function.Consumer;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.jface.window.Window;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Shell;
import org.vdevstudio.libvirt.ApplyTarget;
import org.vdevstudio.libvirt.DomainSummary;
import org.vdevstudio.libvirt.LibvirtConnection;
import org.vdevstudio.libvirt.apply.Applier;
import org.vdevstudio.libvirt.apply.ApplyMonitor;
import org.vdevstudio.libvirt.apply.ApplyPlan;
import org.vdevstudio.libvirt.apply.ApplyRequest;
import org.vdevstudio.libvirt.apply.ApplyResult;
import org.vdevstudio.libvirt.apply.Conflict;
import org.vdevstudio.ui.editor.ConnectionEditorInput;
import org.vdevstudio.ui.editor.DomainEditor;

/**
 * Apply, from an editor opened from a connection, step by step, each libvirt call in a job:
 * <ol>
 * <li>read the domain's state and plan against its definitions as they are now; if the one the
 * editor opened changed since (compared with the input's base), refuse and offer Reload or Compare;</li>
 * <li>the {@link ApplyDialog}: target and preview;</li>
 * <li>the apply, then the outcome read back from libvirt; when the editor's own definition was
 * changed, the editor takes the re-read definition (one undoable command) as its new base.</li>
 * </ol>
 * The editor's content is never touched before the outcome, so a refusal or an error keeps the
 * user's edits as they are.
 */
public final class ApplyFlow {

    /** The label of the command that puts the definition read back after an apply into the editor. */
    public static final String APPLY_LABEL = "Apply to libvirt";

    /** The family of every job of an apply (checking, previews, the apply itself): tests wait for it. */
    public static final Object FAMILY = new Object();

    private static final ApplyPrompt DIALOGS = new ApplyDialogs();
    private static volatile ApplyPrompt prompt = DIALOGS;
    /** Tests open the Apply dialog without blocking, to drive it; null: the dialog blocks as usual. */
    private static volatile Consumer<ApplyDialog> dialogHook;

    private final DomainEditor editor;
    private final ConnectionEditorInput input;
    private final Shell shell;
    private final Display display;
    private final String mine;

    private ApplyFlow(DomainEditor editor, String mine) {
        this.editor = editor;
        this.input = editor.getConnectionInput();
        this.shell = editor.getSite().getShell();
        this.display = shell.getDisplay();
        this.mine = mine;
    }

    /** Answers the questions from now on; null restores the dialogs. For tests. */
    public static void setPrompt(ApplyPrompt newPrompt) {
        prompt = newPrompt == null ? DIALOGS : newPrompt;
    }

    /** Receives the Apply dialog opened without blocking; null restores the blocking dialog. For tests. */
    public static void setDialogHook(Consumer<ApplyDialog> hook) {
        dialogHook = hook;
    }

    /** Starts Apply on the editor; the returned job is the first step's (null when the source is not a valid domain). */
    public static Job start(DomainEditor editor) {
        String mine;
        try {
            mine = editor.currentXml();
        } catch (IOException e) {
            MessageDialog.openError(editor.getSite().getShell(), "Apply to libvirt", "Cannot serialise the domain: " + e.getMessage());
            return null;
        }
        if (mine == null) {
            MessageDialog.openError(editor.getSite().getShell(), "Apply to libvirt",
                    "The source is not a valid domain, so nothing can be applied (see the Source page).");
            return null;
        }
        return new ApplyFlow(editor, mine).check();
    }

    /** Step 1: the domain's state, and whether it changed behind the editor's back (the engine's check). */
    private Job check() {
        return job("Prepare applying " + input.getName(), monitor -> {
            LibvirtConnection connection = Connections.get().require(input.getOrigin().connection(), monitor);
            DomainSummary summary = connection.lookup(input.getOrigin().domain());
            Applier applier = new Applier(connection);
            ApplyPlan plan = applier.preview(request(ApplyTarget.PERSISTENT));
            whileOpen(() -> {
                if (plan.hasConflict()) {
                    conflict(plan.conflict());
                } else {
                    choose(applier, summary);
                }
            });
        });
    }

    private ApplyRequest request(ApplyTarget target) {
        return new ApplyRequest(input.getOrigin().domain(), ConnectionSync.definition(input), input.getBase(), mine, target);
    }

    /** Refused: the daemon's definition is not the one the editor started from. */
    private void conflict(Conflict conflict) {
        if (conflict.currentXml() == null) {
            MessageDialog.openError(shell(), "Apply to libvirt", input.getOrigin().domain() + " has no "
                    + (input.isLive() ? "live definition (it does not run)" : "persistent definition") + " on "
                    + input.getOrigin().connection() + " any more; nothing was sent.");
            return;
        }
        while (!shell().isDisposed()) {
            switch (prompt.conflict(shell(), input.getOrigin().domain(), input.getOrigin().connection())) {
                case RELOAD:
                    ConnectionSync.take(editor, input, conflict.currentXml(), ConnectionSync.RELOAD_LABEL);
                    return;
                case COMPARE:
                    prompt.compare(shell(), input.getOrigin().domain(), mine, conflict.currentXml());
                    break;
                default:
                    return;
            }
        }
    }

    /** Step 2: the dialog; on Apply, step 3. */
    private void choose(Applier applier, DomainSummary summary) {
        Map<ApplyTarget, String> disabled = new EnumMap<>(ApplyTarget.class);
        if (!summary.persistent()) {
            disabled.put(ApplyTarget.PERSISTENT, summary.name() + " is transient: it has no persistent definition");
            disabled.put(ApplyTarget.BOTH, summary.name() + " is transient: it has no persistent definition");
        }
        if (!summary.active()) {
            disabled.put(ApplyTarget.LIVE, summary.name() + " does not run (" + summary.state().label() + ")");
            disabled.put(ApplyTarget.BOTH, summary.name() + " does not run (" + summary.state().label() + ")");
        }
        ApplyDialog dialog = new ApplyDialog(shell(), summary.name(), input.getOrigin().connection(), disabled,
                (target, done) -> preview(applier, target, done));
        Consumer<ApplyDialog> hook = dialogHook;
        if (hook != null) {
            dialog.setBlockOnOpen(false);
            dialog.open();
            dialog.getShell().addDisposeListener(e -> {
                if (dialog.getReturnCode() == Window.OK) {
                    apply(applier, dialog.getTarget());
                }
            });
            hook.accept(dialog);
        } else if (dialog.open() == Window.OK) {
            apply(applier, dialog.getTarget());
        }
    }

    private void preview(Applier applier, ApplyTarget target, BiConsumer<ApplyTarget, PreviewTable> done) {
        job("Preview " + target.label() + " for " + input.getName(), monitor -> {
            PreviewTable table;
            try {
                table = ApplyTables.preview(applier.preview(request(target)));
            } catch (Exception e) {
                table = PreviewTable.failed(Failures.message(e));
            }
            PreviewTable shown = table;
            display.asyncExec(() -> done.accept(target, shown));
        });
    }

    /**
     * Step 3: send, read back, show the outcome. When every call went through and the target
     * includes the editor's own definition, the editor takes that definition as read back (one
     * undoable command) and it becomes the base of the next Apply; otherwise the editor keeps
     * the user's edits as they are.
     */
    private void apply(Applier applier, ApplyTarget target) {
        job("Apply " + input.getName() + " to " + input.getOrigin().connection() + " (" + target.label() + ")", monitor -> {
            ApplyResult result = applier.apply(request(target), new ProgressAdapter(monitor));
            Connections.get().refresh(input.getOrigin().connection()); // the Domains view shows the domain as it is now
            whileOpen(() -> {
                if (result.status() == ApplyResult.Status.CONFLICT) {
                    conflict(result.plan().conflict());
                    return;
                }
                boolean through = result.status() == ApplyResult.Status.APPLIED || result.status() == ApplyResult.Status.PENDING;
                boolean own = input.isLive() ? target.affectsLive() : target.affectsPersistent();
                String reread = input.isLive() ? result.liveXml() : result.persistentXml();
                if (through && own && reread != null) {
                    ConnectionSync.take(editor, input, reread, APPLY_LABEL);
                }
                prompt.outcome(shell(), ApplyTables.result(result));
            });
        });
    }

    /** The job's progress monitor as the engine's: one tick per libvirt call, Cancel between calls. */
    private record ProgressAdapter(IProgressMonitor monitor) implements ApplyMonitor {

        @Override
        public void step(String description, int done, int total) {
            if (done == 0) {
                monitor.beginTask("Applying", total);
            } else {
                monitor.worked(1);
            }
            monitor.subTask(description);
        }

        @Override
        public boolean isCanceled() {
            return monitor.isCanceled();
        }
    }

    private Shell shell() {
        return shell;
    }

    /** Runs {@code step} on the display thread, unless the editor was closed meanwhile (then there is nobody to tell). */
    private void whileOpen(Runnable step) {
        display.asyncExec(() -> {
            if (!editor.isDisposed() && !shell.isDisposed()) {
                step.run();
            }
        });
    }

    private static Job job(String name, UserJob.Work work) {
        return UserJob.schedule(name, FAMILY, work);
    }
}
