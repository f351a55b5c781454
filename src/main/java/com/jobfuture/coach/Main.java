package com.jobfuture.coach;

import com.jobfuture.coach.cli.CoachCommand;
import picocli.CommandLine;

/** Command-line entry point: {@code run} (default), {@code console}, {@code decks lint}. */
public final class Main {
    private Main() {
    }

    public static void main(String[] args) {
        if (System.getProperty("java.awt.headless") == null) {
            System.setProperty("java.awt.headless", "true"); // the progress card is drawn without a display
        }
        System.exit(execute(args));
    }

    /** Runs the command line and returns its exit code (used by tests through the real entry point). */
    public static int execute(String... args) {
        return CoachCommand.commandLine().execute(args);
    }
}
