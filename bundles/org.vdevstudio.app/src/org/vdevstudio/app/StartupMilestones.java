package org.vdevstudio.app;

import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * Milestones of one start-up, in milliseconds since the JVM was launched, logged with the first paint
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

    /**
     * Milliseconds since the JVM was launched: since {@code -Dvdev.launchMillis} (the wall clock in
     * epoch milliseconds, which releng/bin/vdev-studio sets just before it runs java), else since
     * the process start as the kernel reports it. That fallback is coarse: Linux gives the boot
     * time in whole seconds, so it reads up to a second late, the same on every run of a boot.
     */
    static long sinceJvmStart() {
        String launched = System.getProperty("vdev.launchMillis");
        if (launched != null) {
            try {
                return System.currentTimeMillis() - Long.parseLong(launched.trim());
            } catch (NumberFormatException e) {
                // not a number: fall back to the process start
            }
        }
        return ProcessHandle.current().info().startInstant()
                .map(start -> Duration.between(start, Instant.now()).toMillis()).orElse(-1L);
    }
}
