package org.vdevstudio.app;

import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * Milestones of one start-up, in milliseconds since the JVM started, logged with the first paint
 * so that releng/bin/bench-startup shows where the time goes: the framework and bundles (until
 * the application starts), the workbench model (until the window opens), the perspective (until
 * the workbench is up) and the editors.
 */
final class StartupMilestones {

    private static final Map<String, Long> REACHED = new LinkedHashMap<>();

    private StartupMilestones() {
    }

    /** Notes that the start-up reached {@code name} now; a milestone is noted once. */
    static synchronized void reach(String name) {
        REACHED.putIfAbsent(name, sinceJvmStart());
    }

    /** "application 812, window 1490, workbench 2011, editors 2505" */
    static synchronized String describe() {
        return REACHED.entrySet().stream().map(e -> e.getKey() + " " + e.getValue()).collect(Collectors.joining(", "));
    }

    /** Milliseconds since the JVM process started (its start as the kernel recorded it), or -1. */
    static long sinceJvmStart() {
        return ProcessHandle.current().info().startInstant()
                .map(start -> Duration.between(start, Instant.now()).toMillis()).orElse(-1L);
    }
}
