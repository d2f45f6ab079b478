package org.vdevstudio.cli;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/** A command's arguments split into flags and operands; an unknown flag is a usage error. */
final class Arguments {

    private final List<String> operands = new ArrayList<>();
    private final Set<String> flags = new HashSet<>();

    private Arguments() {
    }

    /** Flags may come anywhere; "--" ends them; "-" alone is an operand. */
    static Arguments parse(Command command, List<String> args, String... knownFlags) throws CliException {
        Set<String> known = Set.of(knownFlags);
        Arguments a = new Arguments();
        boolean options = true;
        for (String arg : args) {
            if (options && arg.equals("--")) {
                options = false;
            } else if (options && arg.startsWith("-") && arg.length() > 1) {
                if (!known.contains(arg)) {
                    throw CliException.usage(command.name() + ": unknown option '" + arg + "' (usage: vdev "
                            + command.name() + " " + command.arguments() + ")");
                }
                a.flags.add(arg);
            } else {
                a.operands.add(arg);
            }
        }
        return a;
    }

    List<String> operands() {
        return operands;
    }

    boolean has(String flag) {
        return flags.contains(flag);
    }

    /** Fails with the usage line unless there are between min and max operands. */
    Arguments expect(Command command, int min, int max) throws CliException {
        if (operands.size() < min || operands.size() > max) {
            throw CliException.usage(command.name() + ": wrong number of arguments (usage: vdev " + command.name()
                    + " " + command.arguments() + ")");
        }
        return this;
    }
}
