package org.vdevstudio.cli;

/** An error the user can fix, reported as one line: a usage error (exit 2) or a failure (exit 1). */
final class CliException extends Exception {

    private static final long serialVersionUID = 1L;

    static final int FAILURE = 1;
    static final int USAGE = 2;

    private final int exitCode;

    private CliException(String message, int exitCode) {
        super(message);
        this.exitCode = exitCode;
    }

    static CliException usage(String message) {
        return new CliException(message, USAGE);
    }

    static CliException failure(String message) {
        return new CliException(message, FAILURE);
    }

    int exitCode() {
        return exitCode;
    }
}
