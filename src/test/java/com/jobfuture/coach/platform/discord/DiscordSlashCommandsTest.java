package com.jobfuture.coach.platform.discord;

import static org.assertj.core.api.Assertions.assertThat;

import com.jobfuture.coach.core.common.TimeZones;
import com.jobfuture.coach.core.chat.CoachBot;
import com.jobfuture.coach.core.chat.CommandSpec;
import com.jobfuture.coach.core.chat.Invocation;
import com.jobfuture.coach.core.daily.DailyCommand;
import com.jobfuture.coach.core.deck.DeckAdminChat;
import com.jobfuture.coach.core.deck.DeckLoader;
import com.jobfuture.coach.core.deck.DeckRegistry;
import com.jobfuture.coach.core.jobs.JobsChat;
import com.jobfuture.coach.core.progress.ProgressChat;
import com.jobfuture.coach.core.quiz.QuizChat;
import java.time.Clock;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Optional;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import net.dv8tion.jda.api.Permission;
import net.dv8tion.jda.api.interactions.InteractionContextType;
import net.dv8tion.jda.api.interactions.commands.build.OptionData;
import net.dv8tion.jda.api.interactions.commands.build.SlashCommandData;
import net.dv8tion.jda.api.interactions.commands.build.SubcommandData;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/** How slash commands are rendered from the coach's command specs and turned into the text the coach reads. */
@Timeout(value = 10, unit = TimeUnit.SECONDS)
class DiscordSlashCommandsTest {
    private SlashCommands commands;

    @BeforeEach
    void setUp(@TempDir Path dir) {
        DeckRegistry decks = DeckRegistry.load(List.of(DiscordTestDeck.write(dir)), new DeckLoader(), new ArrayList<>());
        // The features' own specs (their services are not needed to describe their commands).
        List<CommandSpec> all = new ArrayList<>(new CoachBot(null, List.of(new QuizChat(null, decks,
                Clock.systemUTC()), new ProgressChat(null, decks), new JobsChat(null, null, null, null),
                new DeckAdminChat(decks)),
                Set.of()).commands());
        all.add(DailyCommand.spec(decks));
        Map<String, CommandSpec> nameToSpec = all.stream().collect(Collectors.toMap(CommandSpec::name,
                Function.identity()));
        commands = new SlashCommands(Stream.of("start", "help", "quiz", "topics", "next", "jobs", "daily", "reload")
                .map(nameToSpec::get).toList());
    }

    @Test
    void leavesOutStartAndAdminCommandsAndGivesArgumentsAnOption() {
        assertThat(commands.names()).containsExactly("help", "quiz", "topics", "next", "jobs", "daily");
        SlashCommandData jobs = commands.definitions().stream().filter(c -> c.getName().equals("jobs")).findFirst()
                .orElseThrow();
        assertThat(jobs.getOptions()).singleElement().satisfies(o -> assertThat(o.getName()).isEqualTo("arguments"));
    }

    @Test
    void turnsInvocationsIntoCoachText() {
        assertThat(commands.check("quiz", Map.of("topic", " querysets "))).isEqualTo(Invocation.pass("/quiz querysets", false));
        assertThat(commands.check("quiz", Map.of())).isEqualTo(Invocation.pass("/quiz", false));
        assertThat(commands.check("quiz", Map.of("topic", "ORM"))).isEqualTo(Invocation.pass("/quiz ORM", false));
        assertThat(commands.check("quiz", Map.of("topic", "nope"))).isEqualTo(Invocation.pass("/quiz nope", true));
        assertThat(commands.check("topics", Map.of("family", "apis"))).isEqualTo(Invocation.pass("/topics apis", false));
        assertThat(commands.check("jobs", Map.of("arguments", "Berlin"))).isEqualTo(Invocation.pass("/jobs Berlin", false));
    }

    @Test
    void dailyIsAServerCommandForManageServerWithSubcommands() {
        SlashCommandData daily = commands.definitions().stream().filter(c -> c.getName().equals("daily"))
                .findFirst().orElseThrow();
        assertThat(daily.getContexts()).containsExactly(InteractionContextType.GUILD);
        assertThat(daily.getDefaultPermissions().getPermissionsRaw()).isEqualTo(Permission.MANAGE_SERVER.getRawValue());
        assertThat(daily.getSubcommands()).extracting(SubcommandData::getName)
                .containsExactly("set", "show", "pause", "resume", "off", "now", "reveal");
        SubcommandData set = daily.getSubcommands().get(0);
        assertThat(set.getOptions()).allMatch(o -> !o.isRequired());
        assertThat(set.getOptions()).filteredOn(OptionData::isAutoComplete).extracting(OptionData::getName)
                .containsExactly("timezone", "days", "topics");
        assertThat(set.getOptions()).filteredOn(o -> o.getName().equals("level")).singleElement()
                .satisfies(o -> assertThat(o.getChoices()).extracting(c -> c.getAsString())
                        .containsExactly("junior", "middle", "senior", "any"));
    }

    @Test
    void turnsDailyOptionsIntoTheSettingsTheCoreReads() {
        Map<String, String> options = new LinkedHashMap<>();
        options.put("reveal", "18:00");
        options.put("level", "middle");
        options.put("topics", "orm, apis");
        options.put("days", "mon-fri");
        options.put("timezone", "Europe/Berlin");
        options.put("time", "9am");
        assertThat(commands.check("daily", Optional.of("set"), options)).isEqualTo(Invocation.pass(
                "/daily set at 9am tz Europe/Berlin on mon-fri topics orm, apis level middle reveal 18:00", false));
        assertThat(commands.check("daily", Optional.of("set"), Map.of("settings", " 09:00  UTC daily ", "level",
                "any"))).isEqualTo(Invocation.pass("/daily set 09:00 UTC daily level any", false));
        assertThat(commands.check("daily", Optional.of("now"), Map.of()))
                .isEqualTo(Invocation.pass("/daily now", false));
        // An older client's single free-text option still works.
        assertThat(commands.check("daily", Optional.empty(), Map.of("arguments", "pause")))
                .isEqualTo(Invocation.pass("/daily pause", false));
        assertThat(commands.check("daily", Optional.of("set"), Map.of("colour", "red")).refusal()).isPresent();
        assertThat(commands.check("daily", Optional.of("set"), Map.of("time", "9\n10")).refusal()).isPresent();
        assertThat(commands.check("daily", Optional.of("now"), Map.of("time", "9")).refusal()).isPresent();
        assertThat(commands.check("quiz", Optional.of("set"), Map.of()).refusal()).isPresent();
    }

    @Test
    void suggestsTimeZonesTopicListsAndDays() {
        assertThat(commands.suggest("daily", "timezone", "new_y")).extracting(c -> c.getAsString())
                .containsExactly("America/New_York");
        assertThat(commands.suggest("daily", "timezone", "")).extracting(c -> c.getAsString())
                .containsExactlyElementsOf(TimeZones.COMMON);
        assertThat(commands.suggest("daily", "timezone", "berln")).extracting(c -> c.getAsString())
                .contains("Europe/Berlin");
        assertThat(commands.suggest("daily", "topics", "orm,perm")).extracting(c -> c.getAsString())
                .containsExactly("orm,drf-permissions");
        assertThat(commands.suggest("daily", "days", "tue,fri")).extracting(c -> c.getAsString())
                .startsWith("tue,fri");
        assertThat(commands.suggest("quiz", "topic", "query")).extracting(c -> c.getAsString())
                .containsExactly(DiscordTestDeck.TOPIC);
    }

    @Test
    void quizTakesATopicAndALevel() {
        assertThat(commands.check("quiz", new java.util.LinkedHashMap<>(Map.of("topic", "orm", "level", "senior")))
                .text()).isEqualTo("/quiz orm senior");
        assertThat(commands.check("quiz", Map.of("level", "junior")).text()).isEqualTo("/quiz junior");
    }

    @Test
    void refusesWhatTheCoachCouldNotRead() {
        assertThat(commands.check("reload", Map.of()).refusal()).hasValueSatisfying(r -> assertThat(r).contains("/reload"));
        assertThat(commands.check("quiz", Map.of("topic", "a\nb")).refusal()).isPresent();
        assertThat(commands.check("quiz", Map.of("colour", "senior")).refusal()).isPresent();
        assertThat(commands.check("quiz", Map.of("level", "guru")).refusal()).isPresent();
        assertThat(commands.check("topics", Map.of("family", "cooking")).refusal()).isPresent();
    }
}
