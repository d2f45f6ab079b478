package org.vdevstudio.ui.problems;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;

import org.eclipse.core.runtime.ILog;
import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.jobs.IJobFunction;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.emf.common.command.CommandStack;
import org.eclipse.emf.common.command.CommandStackListener;
import org.eclipse.emf.common.notify.impl.AdapterImpl;
import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.eclipse.emf.edit.domain.EditingDomain;
import org.eclipse.swt.widgets.Display;
import org.vdevstudio.core.io.DomainResource;
import org.vdevstudio.core.io.DomainXml;
import org.vdevstudio.core.validation.Problem;
import org.vdevstudio.core.validation.SharedHostDevices;
import org.vdevstudio.ui.editor.DomainSummary;

/**
 * The full check of an editor's document (libvirt's schema with Jing, the model's constraints,
 * libvirt's rules, host devices that other domains use) for the form headers and the Problems
 * view. Jing takes a while on a large domain, so it never runs on the UI thread or per
 * keystroke: a moment after the last command the model is written out (on the UI thread, where
 * the model lives) and a {@link Job} checks that text; a result is published only when no
 * command came meanwhile. One check per resource, shared by everything that shows it; it
 * follows the command stack while anybody listens.
 */
public final class ProblemCheck extends AdapterImpl {

    /** How long after the last command the check starts. */
    public static final int DELAY_MS = 300;

    /** What the job checks: the model's text as of one generation of commands. */
    private record Input(int generation, byte[] text, URI uri, List<SharedHostDevices.Other> others) {
    }

    private final Display display;
    private final DomainResource resource;
    private final CommandStack stack;
    private final CommandStackListener onCommand = e -> changed();
    private final Runnable snapshot = this::snapshot;
    private final List<Runnable> listeners = new ArrayList<>();
    private final List<Runnable> pauseListeners = new ArrayList<>();
    private final Runnable paused = this::paused;
    private DomainSummary summary;
    private boolean summaryCurrent;
    private boolean pausePending;
    private final Job job;
    private volatile Input input;
    private Supplier<List<SharedHostDevices.Other>> others = List::of;
    private int generation;
    private List<Problem> problems = List.of();
    private boolean current;

    private ProblemCheck(Display display, EditingDomain domain, DomainResource resource) {
        this.display = display;
        this.resource = resource;
        this.stack = domain.getCommandStack();
        String name = resource.getURI() == null ? "domain" : resource.getURI().lastSegment();
        job = Job.createSystem("Checking " + name + " against libvirt's schema and rules", (IJobFunction) this::run);
    }

    /** The check of {@code resource} (made on first use); call on the UI thread. */
    public static ProblemCheck of(EditingDomain domain, DomainResource resource) {
        for (Object a : resource.eAdapters()) {
            if (a instanceof ProblemCheck c) {
                return c;
            }
        }
        ProblemCheck c = new ProblemCheck(Display.getCurrent(), domain, resource);
        resource.eAdapters().add(c);
        return c;
    }

    @Override
    public boolean isAdapterForType(Object type) {
        return type == ProblemCheck.class;
    }

    /** The other domains whose host devices count (the Problems view's open editors); taken on the UI thread. */
    public void setOthers(Supplier<List<SharedHostDevices.Other>> others) {
        this.others = others;
        changed();
    }

    /** Called on the UI thread after each published result; the first listener starts the checking. */
    public void addListener(Runnable listener) {
        listeners.add(listener);
        if (listeners.size() == 1) {
            stack.addCommandStackListener(onCommand);
            changed();
        }
    }

    public void removeListener(Runnable listener) {
        listeners.remove(listener);
        if (listeners.isEmpty()) {
            stack.removeCommandStackListener(onCommand);
            display.timerExec(-1, snapshot);
            generation++; // a result on its way is for nobody
        }
    }

    /** The problems of the last finished check, on the editor's own objects (sorted by position). */
    public List<Problem> problems() {
        return problems;
    }

    /**
     * The domain's summary (counts, the model's constraints, libvirt's rules and the schema's errors
     * of the last check), computed at most once between commands however many headers ask; null
     * when the resource has no domain. Validating the whole domain takes long on a large one, so
     * headers ask for it only once the user paused (see {@link #summaryLater()}), never per command.
     */
    public DomainSummary summary() {
        if (!summaryCurrent) {
            summary = DomainSummary.of(resource, schemaProblems());
            summaryCurrent = true;
        }
        return summary;
    }

    /** Whether {@link #summary()} would be about the model as it is now without computing it again. */
    public boolean isSummaryCurrent() {
        return summaryCurrent;
    }

    /**
     * The model changed (a command, a reload): the summary is taken again, and the pause listeners
     * are told {@link #DELAY_MS} after the last such call, all at once.
     */
    public void summaryLater() {
        summaryCurrent = false;
        if (!display.isDisposed()) {
            pausePending = true;
            display.timerExec(DELAY_MS, paused);
        }
    }

    /** Called on the UI thread once the user paused after {@link #summaryLater()}: the time to ask for {@link #summary()}. */
    public void addPauseListener(Runnable listener) {
        pauseListeners.add(listener);
    }

    public void removePauseListener(Runnable listener) {
        pauseListeners.remove(listener);
        if (pauseListeners.isEmpty()) {
            display.timerExec(-1, paused);
            pausePending = false;
        }
    }

    /** Whether a pause listener is still to be told about a change. */
    public boolean isPausePending() {
        return pausePending;
    }

    private void paused() {
        pausePending = false;
        for (Runnable l : List.copyOf(pauseListeners)) {
            l.run();
        }
    }

    /** Only the schema's errors of the last finished check (what the model's own checks cannot see). */
    public List<Problem> schemaProblems() {
        return problems.stream().filter(Problem::fromSchema).toList();
    }

    /** Whether {@link #problems()} is about the model as it is now (no command since the text was checked). */
    public boolean isCurrent() {
        return current;
    }

    /** A command (or new others): check again once the user pauses; repeated calls push the start back. */
    private void changed() {
        current = false;
        summaryLater();
        if (!listeners.isEmpty() && !display.isDisposed()) {
            display.timerExec(DELAY_MS, snapshot);
        }
    }

    private void snapshot() {
        int at = ++generation;
        if (resource.getDomain() == null) {
            publish(at, List.of()); // the Source page says what is wrong with the text
            return;
        }
        byte[] text;
        try {
            text = DomainXml.toBytes(resource);
        } catch (IOException e) {
            ILog.of(ProblemCheck.class).error("Cannot write " + resource.getURI() + " for checking", e);
            return;
        }
        List<SharedHostDevices.Other> copies = new ArrayList<>();
        for (SharedHostDevices.Other o : others.get()) {
            copies.add(new SharedHostDevices.Other(o.label(), EcoreUtil.copy(o.domain())));
        }
        input = new Input(at, text, resource.getURI(), copies);
        job.schedule(); // a running job runs once more afterwards, with the newest input
    }

    private IStatus run(IProgressMonitor monitor) {
        Input in = input; // the newest: inputs replaced before the job ran are never checked
        if (in == null) {
            return Status.OK_STATUS;
        }
        List<EditorProblems.Found> found;
        try {
            found = EditorProblems.check(in.text(), in.uri(), in.others());
        } catch (IOException e) {
            return Status.error("Cannot check " + in.uri() + " against libvirt's schema", e);
        }
        if (!display.isDisposed()) {
            display.asyncExec(() -> publish(in.generation(), found));
        }
        return Status.OK_STATUS;
    }

    private void publish(int at, List<EditorProblems.Found> found) {
        if (at != generation) {
            return; // a command came after this text was written: its objects may be gone
        }
        problems = EditorProblems.resolve(found, resource);
        current = true;
        summaryCurrent = false;
        for (Runnable l : List.copyOf(listeners)) {
            l.run();
        }
    }
}
