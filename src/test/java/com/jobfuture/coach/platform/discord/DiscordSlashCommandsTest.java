package com.jobfuture.coach.platform.discord;

import static org.assertj.core.api.Assertions.assertThat;

import com.jobfuture.coach.core.chat.CommandHelp;
import com.jobfuture.coach.core.deck.DeckLoader;
import com.jobfuture.coach.core.deck.DeckRegistry;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import net.dv8tion.jda.api.interactions.commands.build.SlashCommandData;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/** How slash commands are derived from the coach's commands and turned into the text the coach reads. */
@Timeout(value = 10, unit = TimeUnit.SECONDS)
class DiscordSlashCommandsTest {
    private SlashCommands commands;

    @BeforeEach
    void setUp(@TempDir Path dir) {
        DeckRegistry decks = DeckRegistry.load(List.of(DiscordTestDeck.write(dir)), new DeckLoader(), new ArrayList<>());
        commands = new SlashCommands(List.of(
                CommandHelp.of("start", "/start", "welcome"),
                CommandHelp.of("help", "/help", "the commands"),
                CommandHelp.of("quiz", "/quiz [topic|family]", "practise questions"),
                CommandHelp.of("topics", "/topics [family]", "topics"),
                CommandHelp.of("next", "/next", "the next question"),
                CommandHelp.of("jobs", "/jobs [city]", "roles that match you"),
                new CommandHelp("reload", "/reload", "reload decks", true)), decks);
    }

    @Test
    void leavesOutStartAndAdminCommandsAndGivesArgumentsAnOption() {
        assertThat(commands.names()).containsExactly("help", "quiz", "topics", "next", "jobs");
        SlashCommandData jobs = commands.definitions().stream().filter(c -> c.getName().equals("jobs")).findFirst()
                .orElseThrow();
        assertThat(jobs.getOptions()).singleElement().satisfies(o -> assertThat(o.getName()).isEqualTo("arguments"));
    }

    @Test
    void turnsInvocationsIntoCoachText() {
        assertThat(commands.check("quiz", Map.of("topic", " querysets "))).isEqualTo(SlashVerdict.pass("/quiz querysets", false));
        assertThat(commands.check("quiz", Map.of())).isEqualTo(SlashVerdict.pass("/quiz", false));
        assertThat(commands.check("quiz", Map.of("topic", "ORM"))).isEqualTo(SlashVerdict.pass("/quiz ORM", false));
        assertThat(commands.check("quiz", Map.of("topic", "nope"))).isEqualTo(SlashVerdict.pass("/quiz nope", true));
        assertThat(commands.check("topics", Map.of("family", "apis"))).isEqualTo(SlashVerdict.pass("/topics apis", false));
        assertThat(commands.check("jobs", Map.of("arguments", "Berlin"))).isEqualTo(SlashVerdict.pass("/jobs Berlin", false));
    }

    @Test
    void refusesWhatTheCoachCouldNotRead() {
        assertThat(commands.check("reload", Map.of()).refusal()).hasValueSatisfying(r -> assertThat(r).contains("/reload"));
        assertThat(commands.check("quiz", Map.of("topic", "a\nb")).refusal()).isPresent();
        assertThat(commands.check("quiz", Map.of("level", "senior")).refusal()).isPresent();
        assertThat(commands.check("topics", Map.of("family", "cooking")).refusal()).isPresent();
    }
}
