package com.jobfuture.coach.cli;

import com.jobfuture.coach.app.CoachApplication;
import com.jobfuture.coach.config.CoachConfig;
import com.jobfuture.coach.config.ConfigException;
import com.jobfuture.coach.config.ConfigLoader;
import com.jobfuture.coach.core.chat.ChatUser;
import com.jobfuture.coach.platform.console.ConsoleChat;
import com.jobfuture.coach.platform.console.ConsoleCommunityPublisher;
import com.jobfuture.coach.platform.console.ConsolePrivateMessenger;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Clock;
import org.slf4j.LoggerFactory;

/**
 * Loads configuration, builds the application, starts the web server and the chat (platforms or console), and
 * runs until end of input or shutdown.
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
        if (console && System.getProperty("coach.stderr.level") == null) {
            // The console chat owns the terminal: only warnings and errors go to stderr.
            System.setProperty("coach.stderr.level", "WARN");
        }
        CoachApplication app = CoachApplication.start(config, Clock.systemUTC());
        Thread hook = new Thread(app::close, "coach-shutdown");
        Runtime.getRuntime().addShutdownHook(hook);
        if (!app.deckProblems().isEmpty()) {
            System.err.println(app.deckProblems().size() + " problem(s) in the decks; those questions are skipped. "
                    + "Details: java -jar target/interview-coach.jar decks lint");
        }
        app.startWeb(); // share pages, /healthz and /metrics; a failure is logged and the chat goes on
        if (!console) {
            if (app.startPlatforms(config) == 0) {
                LoggerFactory.getLogger(Launcher.class).error("No platform could start; see the errors above. "
                        + "Unset the tokens to chat in the console.");
                app.close();
                return 2;
            }
            try {
                new java.util.concurrent.CountDownLatch(1).await(); // runs until SIGTERM / Ctrl-C
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            return 0;
        }
        try {
            BufferedReader in = new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8));
            PrintStream out = new PrintStream(new java.io.FileOutputStream(java.io.FileDescriptor.out), true,
                    StandardCharsets.UTF_8);
            String name = System.getProperty("user.name", "you");
            ConsoleChat chat = new ConsoleChat(app.bot(), new ChatUser(ConsoleCommunityPublisher.PLATFORM, name, name,
                    true), in, out, System.console() != null,
                    config.database().toAbsolutePath().getParent().resolve("files"));
            app.communityPublishers().register(ConsoleCommunityPublisher.PLATFORM,
                    new ConsoleCommunityPublisher(chat));
            app.privateMessengers().register(ConsoleCommunityPublisher.PLATFORM, new ConsolePrivateMessenger(chat));
            app.startDailyQuestions();
            app.startReminders();
            chat.run();
        } catch (IOException e) {
            System.err.println("Console input failed: " + e.getMessage());
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
