package com.jobfuture.coach.platform.console;

import com.jobfuture.coach.core.chat.Attachment;
import com.jobfuture.coach.core.chat.Audience;
import com.jobfuture.coach.core.chat.Button;
import com.jobfuture.coach.core.chat.ChatUser;
import com.jobfuture.coach.core.chat.CoachBot;
import com.jobfuture.coach.core.chat.Conversation;
import com.jobfuture.coach.core.chat.Incoming;
import com.jobfuture.coach.core.chat.Reply;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;

/**
 * The coach as a chat in the terminal: each input line is one message, commands start with /, a reply's
 * buttons are printed as {@code [1] Label} and answered by typing the number. Ends at end of input or /quit.
 * {@code /community} switches to a simulated community (a group or server channel) where the operator is its
 * admin, or a member with {@code /community member}; posts to it arrive through {@link ConsoleCommunityPublisher}.
 * Messages the coach starts itself (reminders) arrive through {@link ConsolePrivateMessenger} while the chat runs.
 */
public final class ConsoleChat {
    /** The simulated community's id when the operator names none. */
    public static final String DEFAULT_COMMUNITY = "lounge";
    private final CoachBot bot;
    private final ChatUser user;
    private final ChatUser member;
    private final BufferedReader in;
    private final PrintStream out;
    private final boolean interactive;
    private final ConsoleFiles files;
    private List<Button> lastButtons = List.of();
    private String community;
    private boolean asMember;

    /**
     * A chat for one user; files sent by the coach (exports, progress cards) are saved in the user's folder under
     * {@code fileFolder} ({@link ConsoleFiles}).
     */
    public ConsoleChat(CoachBot bot, ChatUser user, BufferedReader in, PrintStream out, boolean interactive,
                       Path fileFolder) {
        this.bot = bot;
        this.user = user;
        this.member = new ChatUser(user.platform(), user.externalId() + "-member", "Member", false);
        this.in = in;
        this.out = out;
        this.interactive = interactive;
        this.files = new ConsoleFiles(fileFolder);
    }

    /** Runs the chat until end of input or /quit. */
    public void run() throws IOException {
        out.println("JobFuture Interview Coach — console chat. Type /help for commands, /quit to leave.");
        send(Incoming.message(user, "/start"));
        while (true) {
            if (interactive) {
                synchronized (this) {
                    out.print(community == null ? "> " : community + (asMember ? " (member)> " : " (admin)> "));
                    out.flush();
                }
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
            if (text.equals("/community") || text.startsWith("/community ")) {
                community(text.substring("/community".length()).strip());
                continue;
            }
            send(toIncoming(text));
        }
        out.println("Bye! Your progress is saved.");
        out.flush();
    }

    /** Prints a message posted to a simulated community; its buttons can be pressed by number. */
    synchronized void showPost(String communityId, Reply reply) {
        out.println("── posted in community \"" + communityId + "\" (everyone there sees it) ──");
        print(reply);
        if (!communityId.equals(community)) {
            out.println("(to answer it: /community " + communityId + ")");
        }
        out.println();
        out.flush();
    }

    /** The user of this chat (the console's private messenger delivers only to them). */
    ChatUser user() {
        return user;
    }

    /**
     * Prints a message the coach started in the user's direct chat (e.g. a reminder); its buttons can be pressed
     * by number in the direct chat.
     */
    synchronized void showMessage(Reply reply) {
        out.println("── message from the coach ──");
        print(reply, community == null);
        if (community != null && !reply.buttons().isEmpty()) {
            out.println("(to use its buttons: /community leave)");
        }
        out.println();
        if (interactive) {
            out.print(community == null ? "> " : community + (asMember ? " (member)> " : " (admin)> "));
        }
        out.flush();
    }

    private synchronized void community(String args) {
        String word = args.toLowerCase(Locale.ROOT);
        switch (word) {
            case "leave", "off", "exit" -> {
                community = null;
                asMember = false;
                lastButtons = List.of();
                out.println("Back in your direct chat with the coach.");
            }
            case "member", "admin" -> {
                if (community == null) {
                    community = DEFAULT_COMMUNITY;
                    lastButtons = List.of();
                }
                asMember = word.equals("member");
                out.println("In community \"" + community + "\" as " + (asMember ? "a member (not an admin)."
                        : "its admin."));
            }
            default -> {
                if (!word.isEmpty() && !word.matches("[a-z0-9_-]{1,32}")) {
                    out.println("Usage: /community [name] | /community member | /community admin | "
                            + "/community leave");
                    break;
                }
                String chosen = word.isEmpty() ? (community == null ? DEFAULT_COMMUNITY : community) : word;
                if (!chosen.equals(community)) {
                    lastButtons = List.of();
                }
                community = chosen;
                asMember = false;
                out.println("You're in the simulated community \"" + community + "\" as its admin — like a Telegram "
                        + "group or a Discord channel. Try /daily set 09:00 Europe/Berlin mon-fri, /daily now and "
                        + "/jobs. Replies marked (only you see this) are private; posts are public.\n"
                        + "/community member acts as a member, /community admin as the admin, /community leave "
                        + "goes back to your direct chat.");
            }
        }
        out.println();
        out.flush();
    }

    private synchronized Incoming toIncoming(String text) {
        ChatUser sender = community != null && asMember ? member : user;
        Conversation conversation = community == null ? Conversation.direct(sender.externalId())
                : Conversation.community(community, !asMember);
        if (text.matches("\\d{1,2}")) {
            int number = Integer.parseInt(text);
            if (number >= 1 && number <= lastButtons.size()) {
                return Incoming.press(sender, conversation, lastButtons.get(number - 1).action());
            }
        }
        return Incoming.message(sender, conversation, text);
    }

    private void send(Incoming incoming) {
        List<Reply> replies = bot.handle(incoming);
        synchronized (this) {
            for (Reply reply : replies) {
                if (community != null) {
                    out.println(reply.audience() == Audience.SENDER ? "(only you see this)"
                            : "(everyone in \"" + community + "\" sees this)");
                }
                print(reply);
                out.println();
            }
            out.flush();
        }
    }

    private void print(Reply reply) {
        print(reply, true);
    }

    private void print(Reply reply, boolean takeButtons) {
        out.println(reply.text());
        reply.attachment().ifPresent(this::save);
        if (!reply.buttons().isEmpty()) {
            if (takeButtons) {
                lastButtons = reply.buttons();
            }
            for (int i = 0; i < reply.buttons().size(); i++) {
                out.println("[" + (i + 1) + "] " + reply.buttons().get(i).label());
            }
        }
    }

    private void save(Attachment attachment) {
        try {
            out.println("File saved: " + files.save(user.externalId(), attachment).toAbsolutePath());
        } catch (IOException e) {
            out.println("Could not save the file " + attachment.fileName() + ": " + e.getMessage());
        }
    }
}
