package com.jobfuture.coach.core.deck;

import static org.assertj.core.api.Assertions.assertThat;

import com.jobfuture.coach.core.chat.ChatRequest;
import com.jobfuture.coach.core.chat.ChatUser;
import com.jobfuture.coach.core.chat.Reply;
import com.jobfuture.coach.testing.TestDecks;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** /reload refuses new decks that lose more than the configured share of the questions, unless forced. */
class DeckReloadGuardTest {
    @TempDir
    Path dir;
    Path decks;
    DeckRegistry registry;
    final ChatRequest admin = new ChatRequest(1, new ChatUser("console", "op", "Op", true), true);

    @BeforeEach
    void setUp() {
        decks = TestDecks.write(dir);
        registry = DeckRegistry.load(List.of(decks), new DeckLoader(), new ArrayList<>());
        assertThat(registry.catalog().size()).isEqualTo(4);
    }

    @Test
    void anEmptiedDecksFolderIsRefusedAndTheAdminSeesWhatWouldGo() throws IOException {
        emptyTheFolder();
        DeckAdminChat chat = new DeckAdminChat(registry, 0.2);

        String refused = reload(chat, "");

        assertThat(refused).startsWith("Decks NOT reloaded — the new files lack 4 of the 4 questions in use (100%; "
                + "at most 20% may go without force").contains("n-plus-one 3, web-security 1", "/reload force");
        assertThat(registry.catalog().size()).isEqualTo(4);

        String forced = reload(chat, "force");

        assertThat(forced).startsWith("Decks reloaded: 0 questions in 0 topics. Removed 4: n-plus-one 3, "
                + "web-security 1.");
        assertThat(registry.catalog().size()).isZero();
    }

    @Test
    void aLossWithinTheShareIsAcceptedAndNamed() throws IOException {
        Files.delete(decks.resolve("web-security.yaml"));

        assertThat(reload(new DeckAdminChat(registry, 0.2), "")).contains("lack 1 of the 4 questions in use (25%");
        assertThat(registry.catalog().size()).isEqualTo(4);

        assertThat(reload(new DeckAdminChat(registry, 0.25), "")).isEqualTo(
                "Decks reloaded: 3 questions in 1 topics. Removed 1: web-security 1.");
        assertThat(registry.catalog().size()).isEqualTo(3);
    }

    @Test
    void addingQuestionsAndUnknownWordsAreNotLosses() throws IOException {
        DeckAdminChat chat = new DeckAdminChat(registry, 0);

        assertThat(reload(chat, "")).isEqualTo("Decks reloaded: 4 questions in 2 topics.");
        assertThat(reload(chat, "now")).startsWith("Usage: /reload");
        assertThat(chat.commands().get(0).usage()).isEqualTo("/reload [force]");
    }

    private void emptyTheFolder() throws IOException {
        try (var files = Files.list(decks)) {
            for (Path file : files.toList()) {
                Files.delete(file);
            }
        }
    }

    private String reload(DeckAdminChat chat, String args) {
        List<Reply> replies = chat.onCommand(admin, "reload", args);
        assertThat(replies).hasSize(1);
        return replies.get(0).text();
    }
}
