package com.jobfuture.coach.cli;

import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.ParentCommand;

/** Starts every platform whose token is configured; with none, the console chat. */
@Command(name = "run", mixinStandardHelpOptions = true,
        description = "Start every platform whose token is configured; with none, chat in this terminal.")
final class RunCommand implements Callable<Integer> {
    @ParentCommand
    CoachCommand parent;

    @Override
    public Integer call() {
        return runWith(parent.config(), false);
    }

    Integer runWith(Path config, boolean forceConsole) {
        return Launcher.launch(config, forceConsole);
    }
}
