package org.vdevstudio.cli;

import java.io.PrintStream;
import java.util.List;

/** One {@code vdev} command. {@link Main} dispatches to it by name and handles errors. */
interface Command {

    /** The word after {@code vdev}. */
    String name();

    /** The arguments, for usage lines: "FILE [--json]". */
    String arguments();

    /** One line on what the command does, for {@code vdev help}. */
    String summary();

    /**
     * Runs the command and returns the exit status. A {@link CliException} (or any other
     * exception) becomes one {@code vdev: ...} line on {@code err}.
     */
    int run(List<String> args, PrintStream out, PrintStream err) throws Exception;
}
