package com.jobfuture.coach.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.jobfuture.coach.app.CoachApplication;
import com.jobfuture.coach.config.CoachConfig;
import com.jobfuture.coach.core.chat.ChatUser;
import com.jobfuture.coach.core.chat.Incoming;
import com.jobfuture.coach.core.chat.Reply;
import com.jobfuture.coach.testing.CheckDecks;
import com.jobfuture.coach.testing.MutableClock;
import com.jobfuture.coach.testing.TestCoach;
import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.Rectangle;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;

/**
 * A recruiter's view in a real browser: Debian's headless Chromium opens a share link after a full /check orm and
 * sees the name, the shared level with how sure and when, the figures per area and topic (the longest topic titles
 * neither overlap their figures nor leave the page, at desktop and phone width) and the activity; the owner's
 * preview is not counted; after the candidate revokes the link the page is gone. Screenshots go to
 * target/screenshots/.
 */
class SharePageBrowserTest {
    private static final Path CHROMIUM = Path.of("/usr/bin/chromium");
    private static final Path CHROMEDRIVER = Path.of("/usr/bin/chromedriver");
    private static final Path SCREENSHOTS = Path.of("target", "screenshots");
    @TempDir
    Path dir;
    @TempDir
    Path profile;
    final MutableClock clock = new MutableClock(Instant.parse("2026-03-02T09:00:00Z"));
    final ChatUser dana = new ChatUser("telegram", "42", "Dana", false);
    CoachApplication app;
    ChromeDriver browser;
    /** The ORM level the check gave (see {@link #takeTheOrmCheck}). */
    String ormLevel;

    @BeforeEach
    void setUp() {
        boolean installed = Files.isExecutable(CHROMIUM) && Files.isExecutable(CHROMEDRIVER);
        if (!installed && System.getenv("CI") != null) {
            throw new AssertionError("chromium and chromium-driver are missing; bash scripts/test.sh installs them");
        }
        Assumptions.assumeTrue(installed, "needs Debian's chromium and chromium-driver (bash scripts/test.sh "
                + "installs them)");
        CoachConfig base = TestCoach.config(dir);
        CheckDecks.write(base.decks(), "orm");
        app = CoachApplication.start(base.withHttp(new CoachConfig.Http("127.0.0.1", 0, Optional.empty())), clock);
        assertThat(app.startWeb()).isPresent();
        ChromeOptions options = new ChromeOptions();
        options.setBinary(CHROMIUM.toFile());
        options.addArguments("--headless", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                "--disable-background-networking", "--disable-component-update", "--disable-sync",
                "--no-first-run", "--user-data-dir=" + profile.toAbsolutePath());
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(CHROMEDRIVER.toFile())
                .usingAnyFreePort()
                .withLogOutput(java.io.OutputStream.nullOutputStream())
                .build();
        browser = new ChromeDriver(service, options);
        browser.manage().timeouts().pageLoadTimeout(Duration.ofSeconds(30));
    }

    @AfterEach
    void tearDown() {
        if (browser != null) {
            browser.quit();
        }
        if (app != null) {
            app.close();
        }
    }

    @Test
    void aRecruiterSeesLevelsFiguresAndActivityAtDesktopAndPhoneWidthAndTheRevokedLinkIsGone() throws Exception {
        int checkItems = takeTheOrmCheck();
        Reply security = say("/quiz security");
        press(labelled(security, "Cross-site request forgery"));
        clock.advance(Duration.ofDays(5)); // memory fades a little: the bars differ
        say("/share name Dana K.");
        String link = link(say("/share 30 topics activity orm"));

        browser.manage().window().setSize(new Dimension(1280, 1500));
        browser.get(link);

        assertThat(browser.getTitle()).isEqualTo("Dana K. · interview preparation");
        assertThat(browser.findElement(By.id("candidate")).getText()).isEqualTo("Dana K.");
        assertThat(browser.findElement(By.tagName("header")).getText())
                .contains("Shared on 7 March 2026", "link valid until 6 April 2026");
        List<WebElement> areas = browser.findElements(By.cssSelector("#areas article.area"));
        assertThat(areas).hasSize(2);
        WebElement orm = areas.stream().filter(a -> a.findElement(By.tagName("h3")).getText().equals("ORM"))
                .findFirst().orElseThrow();
        assertThat(orm.findElement(By.cssSelector(".level")).getText()).isEqualTo(ormLevel);
        assertThat(orm.findElement(By.cssSelector(".sure")).getText()).contains("% sure it is not junior",
                "skill check of 2 March 2026, " + checkItems + " questions");
        assertThat(orm.findElement(By.cssSelector(".figures")).getText()).contains("Practised", "of 27 questions",
                "Right", "of last", "Mastery");
        WebElement securityCard = areas.stream().filter(a -> a.findElement(By.tagName("h3")).getText()
                .equals("Security")).findFirst().orElseThrow();
        assertThat(securityCard.getText()).contains("no level shown", "1 of 1 questions", "1 of last 1");
        assertThat(browser.findElement(By.id("topics")).getText()).contains(CheckDecks.TOPIC_TITLES.get(3));
        assertThat(browser.findElement(By.id("activity")).getText())
                .contains((checkItems + 1) + " answers in the last 30 days, on 1 day", "last practised 2 March 2026");
        assertThat(browser.findElements(By.cssSelector("#activity-chart rect.day"))).hasSize(11 * 7 + 6);
        assertThat(browser.findElement(By.id("not-shown")).getText())
                .contains("Not shown on this page", "skill-check levels of other areas");
        assertThat(browser.findElement(By.tagName("footer")).getText()).contains("Dana K. controls this page",
                "not a certification");
        assertThat(browser.findElements(By.tagName("script"))).isEmpty();
        assertThat(areas.get(0).getRect().getY()).as("areas side by side on a desktop")
                .isEqualTo(areas.get(1).getRect().getY());
        assertNoOverlapOrOverflow(1280);
        screenshot("share-page-desktop.png");

        browser.manage().window().setSize(new Dimension(390, 2600));
        assertThat(areas.get(1).getRect().getY()).as("areas stacked on a phone")
                .isGreaterThan(areas.get(0).getRect().getY());
        assertNoOverlapOrOverflow(390);
        screenshot("share-page-phone.png");

        assertThat(app.shares().active(1).get(0).views()).isEqualTo(1);
        String preview = link(say("/share preview 1"));
        browser.get(preview);
        assertThat(browser.findElement(By.id("preview")).getText()).contains("Your preview", "not counted");
        assertThat(app.shares().active(1).get(0).views()).as("the owner's preview is not counted").isEqualTo(1);

        assertThat(say("/share revoke 1").text()).contains("Link #1 is off");
        browser.get(link);

        assertThat(browser.findElement(By.tagName("h1")).getText()).isEqualTo("This link is not available");
        assertThat(browser.findElements(By.id("candidate"))).isEmpty();
        assertThat(browser.getPageSource()).doesNotContain("Dana");
        screenshot("share-page-revoked.png");
    }

    /**
     * Every topic row: the title and its figures neither overlap nor leave the page (a long title wraps, or the
     * figures move below it), and nothing is wider than the window.
     */
    private void assertNoOverlapOrOverflow(int windowWidth) {
        int pageWidth = browser.findElement(By.tagName("main")).getRect().getWidth();
        assertThat(pageWidth).isLessThanOrEqualTo(windowWidth);
        List<WebElement> rows = browser.findElements(By.cssSelector("li.topic"));
        assertThat(rows).isNotEmpty();
        for (WebElement row : rows) {
            Rectangle title = row.findElement(By.cssSelector(".t")).getRect();
            Rectangle figures = row.findElement(By.cssSelector(".f")).getRect();
            boolean apart = title.getX() + title.getWidth() <= figures.getX()
                    || title.getY() + title.getHeight() <= figures.getY();
            assertThat(apart).as("title %s and figures %s of '%s' overlap", title, figures,
                    row.findElement(By.cssSelector(".t")).getText()).isTrue();
            assertThat(figures.getX() + figures.getWidth()).isLessThanOrEqualTo(windowWidth);
        }
    }

    /**
     * A full /check orm, answered as a candidate who knows every junior and middle question and no senior one (on
     * the middle/senior cut, so either level may come out: items are picked at random); returns how many questions
     * it took and keeps the level it gave.
     */
    private int takeTheOrmCheck() {
        List<Reply> replies = app.bot().handle(Incoming.message(dana, "/check orm"));
        int asked = 0;
        while (replies.get(replies.size() - 1).text().startsWith("Skill check · ORM · question")) {
            String shown = replies.get(replies.size() - 1).text();
            asked++;
            replies = app.bot().handle(Incoming.message(dana,
                    CheckDecks.letterOf(shown, CheckDecks.choice(shown, "middle"))));
        }
        Matcher result = Pattern.compile("^Skill check result · ORM\nLevel: (middle|senior) — ")
                .matcher(replies.get(1).text());
        assertThat(result.find()).as(replies.get(1).text()).isTrue();
        ormLevel = result.group(1);
        return asked;
    }

    private void screenshot(String name) throws Exception {
        Files.createDirectories(SCREENSHOTS);
        File shot = browser.getScreenshotAs(OutputType.FILE);
        Files.copy(shot.toPath(), SCREENSHOTS.resolve(name), StandardCopyOption.REPLACE_EXISTING);
    }

    private static String link(Reply reply) {
        Matcher matcher = Pattern.compile("http://127\\.0\\.0\\.1:\\d+/p/[A-Za-z0-9_-]{22}").matcher(reply.text());
        assertThat(matcher.find()).as(reply.text()).isTrue();
        return matcher.group();
    }

    private Reply say(String text) {
        return app.bot().handle(Incoming.message(dana, text)).get(0);
    }

    /** The action of the button with this label (options are shuffled, so never by position). */
    private static String labelled(Reply question, String label) {
        return question.buttons().stream().filter(b -> b.label().equals(label)).findFirst().orElseThrow().action();
    }

    private void press(String action) {
        app.bot().handle(Incoming.press(dana, action));
    }
}
