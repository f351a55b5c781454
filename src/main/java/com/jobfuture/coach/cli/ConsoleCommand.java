package com.jobfuture.coach.cli;

import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.ParentCommand;

/** Forces the console chat on standard input and output, whatever tokens are configured. */
@Command(name = "console", mixinStandardHelpOptions = true,
        description = "Chat with the coach in this terminal (commands start with /; answer buttons by number).")
final class ConsoleCommand implements Callable<Integer> {
    @ParentCommand
    CoachCommand parent;

    @Override
    public Integer call() {
        return Launcher.launch(parent.config(), true);
    }
}
