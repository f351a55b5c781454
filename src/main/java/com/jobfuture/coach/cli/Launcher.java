package com.jobfuture.coach.cli;

import com.jobfuture.coach.app.CoachApplication;
import com.jobfuture.coach.config.CoachConfig;
import com.jobfuture.coach.config.ConfigException;
import com.jobfuture.coach.config.ConfigLoader;
import com.jobfuture.coach.app.Terminal;
import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Clock;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import org.slf4j.LoggerFactory;

/**
 * Loads configuration, builds the application, starts the web server and the chat platforms (those with tokens,
 * or the console on this terminal), and runs until the console's input ends or the process is stopped (SIGTERM or
 * Ctrl-C: the application is closed, in-flight writes finish, and the status is 0).
 */
final class Launcher {
    private Launcher() {
    }

    static int launch(Path configPath, boolean forceConsole) {
        CoachConfig config;
        try {
            config = new ConfigLoader().load(configPath, System.getenv());
        } catch (ConfigException e) {
            System.err.println("Configuration error: " + e.getMessage());
            return 2;
        }
        boolean console = forceConsole || !config.anyPlatformToken();
        if (console && !forceConsole && System.console() == null) {
            // `run` in a container or service with no token: a console chat there would end at once and be
            // restarted forever; say what is missing instead.
            System.err.println("No chat platform token is set (TELEGRAM_BOT_TOKEN, DISCORD_TOKEN) and there is no "
                    + "terminal to chat in. Set a token to run the bot, or use the `console` command to chat "
                    + "through piped input.");
            return 2;
        }
        if (console && System.getProperty("coach.stderr.level") == null) {
            // The console chat owns the terminal: only warnings and errors go to stderr.
            System.setProperty("coach.stderr.level", "WARN");
        }
        CoachApplication app = CoachApplication.start(config, Clock.systemUTC());
        CompletableFuture<String> stop = StopSignals.install();
        Thread hook = new Thread(app::close, "coach-shutdown");
        Runtime.getRuntime().addShutdownHook(hook);
        if (!app.deckProblems().isEmpty()) {
            System.err.println(app.deckProblems().size() + " problem(s) in the decks; those questions are skipped. "
                    + "Details: java -jar target/interview-coach.jar decks lint");
        }
        app.startWeb(); // share pages, /healthz and /metrics; a failure is logged and the chat goes on
        if (!console) {
            if (app.startPlatforms() == 0) {
                LoggerFactory.getLogger(Launcher.class).error("No platform could start; see the errors above. "
                        + "Unset the tokens to chat in the console.");
                app.close();
                return 2;
            }
            String signal = stop.join(); // runs until SIGTERM / Ctrl-C
            LoggerFactory.getLogger(Launcher.class).info("{} received; stopping", signal);
            app.close(); // in-flight messages finish their writes first
            return 0;
        }
        try {
            BufferedReader in = new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8));
            PrintStream out = new PrintStream(new java.io.FileOutputStream(java.io.FileDescriptor.out), true,
                    StandardCharsets.UTF_8);
            CompletableFuture<Void> chat = app.startConsole(new Terminal(in, out, System.console() != null,
                    System.getProperty("user.name", "you")));
            CompletableFuture.anyOf(chat, stop).join();
            if (stop.isDone()) {
                app.close(); // in-flight messages finish their writes first
                out.println();
                out.println("Stopped (" + stop.join() + "). Your progress is saved.");
            }
        } catch (CompletionException e) {
            System.err.println("Console input failed: " + e.getCause().getMessage());
            return 1;
        } finally {
            app.close();
            try {
                Runtime.getRuntime().removeShutdownHook(hook);
            } catch (IllegalStateException shuttingDown) {
                // the JVM is already shutting down; the hook closes the app
            }
        }
        return 0;
    }
}
