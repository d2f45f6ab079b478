package org.vdevstudio.app.tests;

import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;

import org.eclipse.swt.widgets.Shell;
import org.vdevstudio.ui.editor.ExternalChangePrompt;

/** Answers the editor's questions from a script and records what was asked. */
final class RecordingPrompt implements ExternalChangePrompt {

    /** What was asked, in order: "changed(dirty=true)", "beforeSave", "deleted", "compare". */
    final List<String> asked = new ArrayList<>();
    /** The two texts of the last comparison: mine, on disk. */
    String[] compared;
    private final Deque<Object> answers = new ArrayDeque<>();

    /** Queues answers (enum constants of the question types), given in order. */
    RecordingPrompt answer(Object... next) {
        answers.addAll(List.of(next));
        return this;
    }

    @Override
    public Changed fileChanged(Shell shell, Path file, boolean dirty) {
        asked.add("changed(dirty=" + dirty + ")");
        return next(Changed.class, Changed.KEEP_MINE);
    }

    @Override
    public BeforeSave fileChangedBeforeSave(Shell shell, Path file) {
        asked.add("beforeSave");
        return next(BeforeSave.class, BeforeSave.CANCEL);
    }

    @Override
    public Deleted fileDeleted(Shell shell, Path file) {
        asked.add("deleted");
        return next(Deleted.class, Deleted.KEEP);
    }

    @Override
    public void compare(Shell shell, Path file, String mine, String onDisk) {
        asked.add("compare");
        compared = new String[] { mine, onDisk };
    }

    /** The next scripted answer; the safe one when the script is used up or expects another question. */
    private <T> T next(Class<T> type, T otherwise) {
        return type.isInstance(answers.peek()) ? type.cast(answers.poll()) : otherwise;
    }
}
