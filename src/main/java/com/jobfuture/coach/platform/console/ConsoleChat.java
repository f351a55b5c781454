package com.jobfuture.coach.platform.console;

import com.jobfuture.coach.core.chat.Attachment;
import com.jobfuture.coach.core.chat.Button;
import com.jobfuture.coach.core.chat.ChatUser;
import com.jobfuture.coach.core.chat.CoachBot;
import com.jobfuture.coach.core.chat.Incoming;
import com.jobfuture.coach.core.chat.Reply;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * The coach as a chat in the terminal: each input line is one message, commands start with /, a reply's
 * buttons are printed as {@code [1] Label} and answered by typing the number. Ends at end of input or /quit.
 */
public final class ConsoleChat {
    private final CoachBot bot;
    private final ChatUser user;
    private final BufferedReader in;
    private final PrintStream out;
    private final boolean interactive;
    private final Path fileFolder;
    private List<Button> lastButtons = List.of();

    /** A chat for one user; files sent by the coach (e.g. exports) are saved in {@code fileFolder}. */
    public ConsoleChat(CoachBot bot, ChatUser user, BufferedReader in, PrintStream out, boolean interactive,
                       Path fileFolder) {
        this.bot = bot;
        this.user = user;
        this.in = in;
        this.out = out;
        this.interactive = interactive;
        this.fileFolder = fileFolder;
    }

    /** Runs the chat until end of input or /quit. */
    public void run() throws IOException {
        out.println("JobFuture Interview Coach — console chat. Type /help for commands, /quit to leave.");
        send(Incoming.message(user, "/start"));
        while (true) {
            if (interactive) {
                out.print("> ");
                out.flush();
            }
            String line = in.readLine();
            if (line == null) {
                break;
            }
            String text = line.strip();
            if (text.equals("/quit") || text.equals("/exit")) {
                break;
            }
            if (text.isEmpty()) {
                continue;
            }
            send(toIncoming(text));
        }
        out.println("Bye! Your progress is saved.");
        out.flush();
    }

    private Incoming toIncoming(String text) {
        if (text.matches("\\d{1,2}")) {
            int number = Integer.parseInt(text);
            if (number >= 1 && number <= lastButtons.size()) {
                return Incoming.press(user, lastButtons.get(number - 1).action());
            }
        }
        return Incoming.message(user, text);
    }

    private void send(Incoming incoming) {
        List<Reply> replies = bot.handle(incoming);
        for (Reply reply : replies) {
            out.println(reply.text());
            reply.attachment().ifPresent(this::save);
            if (!reply.buttons().isEmpty()) {
                lastButtons = reply.buttons();
                for (int i = 0; i < reply.buttons().size(); i++) {
                    out.println("[" + (i + 1) + "] " + reply.buttons().get(i).label());
                }
            }
            out.println();
        }
        out.flush();
    }

    private void save(Attachment attachment) {
        String safeName = attachment.fileName().replaceAll("[^A-Za-z0-9._-]", "_");
        try {
            Files.createDirectories(fileFolder);
            Path file = fileFolder.resolve(safeName);
            Files.write(file, attachment.content());
            out.println("File saved: " + file.toAbsolutePath());
        } catch (IOException e) {
            out.println("Could not save the file " + safeName + ": " + e.getMessage());
        }
    }
}
