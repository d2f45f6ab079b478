package org.vdevstudio.cli;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** A command's arguments split into flags and operands; an unknown flag is a usage error. */
final class Arguments {

    private final List<String> operands = new ArrayList<>();
    private final Set<String> flags = new HashSet<>();
    private final Map<String, String> values = new HashMap<>();

    private Arguments() {
    }

    /** Flags may come anywhere; "--" ends them; "-" alone is an operand. */
    static Arguments parse(Command command, List<String> args, String... knownFlags) throws CliException {
        return parse(command, args, Set.of(knownFlags), Set.of());
    }

    /** As above, with options that take a value: {@code --pci ADDR} (given once at most). */
    static Arguments parse(Command command, List<String> args, Set<String> known, Set<String> valued) throws CliException {
        Arguments a = new Arguments();
        boolean options = true;
        for (int i = 0; i < args.size(); i++) {
            String arg = args.get(i);
            if (options && arg.equals("--")) {
                options = false;
            } else if (options && valued.contains(arg)) {
                if (i + 1 >= args.size()) {
                    throw CliException.usage(command.name() + ": " + arg + " needs a value (usage: vdev "
                            + command.name() + " " + command.arguments() + ")");
                }
                if (a.values.put(arg, args.get(++i)) != null) {
                    throw CliException.usage(command.name() + ": " + arg + " is given twice");
                }
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
        return flags.contains(flag) || values.containsKey(flag);
    }

    /** The value of an option, or null when it was not given. */
    String value(String option) {
        return values.get(option);
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
