package org.vdevstudio.cli;

import java.io.PrintStream;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * {@code vdev}, the command line of vdev studio: {@code vdev COMMAND ARGS...}. Runs on a plain
 * class path (no OSGi, no SWT). Every failure ends as one line on stderr and a non-zero exit
 * status: 1 when a command fails or its input is bad, 2 for a usage error.
 */
public final class Main {

    /** The commands in the order help lists them; a new command is one more entry. */
    private static final Map<String, Command> COMMANDS = table(
            new RoundtripCommand(),
            new ShowCommand(),
            new ValidateCommand(),
            new DevicesCommand(),
            new AddHostdevCommand(),
            new AddInterfaceHostdevCommand(),
            new ListCommand(),
            new DumpxmlCommand(),
            new ApplyCommand(),
            DeviceCommand.attach(),
            DeviceCommand.detach());

    private Main() {
    }

    public static void main(String[] args) {
        int status = run(args, System.out, System.err);
        System.out.flush();
        System.err.flush();
        System.exit(status);
    }

    /** Runs {@code vdev args...} writing to {@code out} and {@code err}; returns the exit status. */
    public static int run(String[] args, PrintStream out, PrintStream err) {
        try {
            return dispatch(Arrays.asList(args), out, err);
        } catch (CliException e) {
            err.println("vdev: " + Messages.oneLine(e.getMessage()));
            return e.exitCode();
        } catch (Throwable t) {
            // The top of the program: whatever went wrong, the user gets one line, not a stack trace.
            err.println("vdev: " + Messages.describe(t));
            return CliException.FAILURE;
        } finally {
            out.flush();
            err.flush();
        }
    }

    private static int dispatch(List<String> args, PrintStream out, PrintStream err) throws Exception {
        if (args.isEmpty()) {
            usage(err);
            return CliException.USAGE;
        }
        String first = args.get(0);
        List<String> rest = args.subList(1, args.size());
        if (first.equals("help") || first.equals("--help") || first.equals("-h")) {
            return help(rest, out);
        }
        if (first.startsWith("-")) {
            throw CliException.usage("unknown option '" + first + "' (try 'vdev help')");
        }
        Command command = COMMANDS.get(first);
        if (command == null) {
            throw CliException.usage("unknown command '" + first + "' (try 'vdev help')");
        }
        if (asksForHelp(rest)) {
            out.println("usage: vdev " + command.name() + " " + command.arguments());
            out.println(command.summary());
            return 0;
        }
        return command.run(rest, out, err);
    }

    private static int help(List<String> args, PrintStream out) throws CliException {
        if (args.isEmpty()) {
            usage(out);
            return 0;
        }
        Command command = COMMANDS.get(args.get(0));
        if (command == null || args.size() > 1) {
            throw CliException.usage("help: unknown command '" + String.join(" ", args) + "' (try 'vdev help')");
        }
        out.println("usage: vdev " + command.name() + " " + command.arguments());
        out.println(command.summary());
        return 0;
    }

    private static boolean asksForHelp(List<String> args) {
        for (String a : args) {
            if (a.equals("--")) {
                return false;
            }
            if (a.equals("--help") || a.equals("-h")) {
                return true;
            }
        }
        return false;
    }

    private static void usage(PrintStream s) {
        s.println("usage: vdev COMMAND [ARGUMENTS]");
        s.println();
        s.println("Reads, checks and rewrites libvirt domain XML through vdev studio's model, and applies it through libvirt.");
        s.println();
        s.println("commands:");
        TextTable t = new TextTable();
        for (Command c : COMMANDS.values()) {
            t.row(c.name() + " " + c.arguments(), c.summary());
        }
        t.row("help [COMMAND]", "this text, or the usage of one command");
        t.print(s, "  ");
        s.println();
        s.println("exit status: 0 success, 1 failure or invalid input, 2 usage error");
    }

    private static Map<String, Command> table(Command... commands) {
        Map<String, Command> m = new LinkedHashMap<>();
        for (Command c : commands) {
            m.put(c.name(), c);
        }
        return m;
    }
}
