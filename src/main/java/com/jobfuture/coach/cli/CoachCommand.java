package com.jobfuture.coach.cli;

import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ScopeType;

/** The top-level command; without a sub-command it behaves as {@code run}. */
@Command(name = "interview-coach", mixinStandardHelpOptions = true, version = "JobFuture Interview Coach 0.1",
        description = "Coaches backend candidates for Django interviews in Discord, Telegram or the terminal.",
        subcommands = {RunCommand.class, ConsoleCommand.class, DecksCommand.class, ItemsCommand.class,
            HealthcheckCommand.class, GradeCommand.class})
public final class CoachCommand implements Callable<Integer> {

    @Option(names = "--config", scope = ScopeType.INHERIT, paramLabel = "PATH",
            description = "Configuration file (default: ${DEFAULT-VALUE}).", defaultValue = "config/coach.yaml")
    Path config;

    /** A command line with this command and its sub-commands, ready to execute. */
    public static CommandLine commandLine() {
        CommandLine commandLine = new CommandLine(new CoachCommand());
        commandLine.setCaseInsensitiveEnumValuesAllowed(true);
        return commandLine;
    }

    Path config() {
        return config;
    }

    @Override
    public Integer call() {
        return new RunCommand().runWith(config, false);
    }
}
