package com.jobfuture.coach.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.jobfuture.coach.app.CoachApplication;
import com.jobfuture.coach.config.CoachConfig;
import com.jobfuture.coach.core.chat.ChatUser;
import com.jobfuture.coach.core.chat.Incoming;
import com.jobfuture.coach.core.chat.Reply;
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
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;

/**
 * A recruiter's view in a real browser: Debian's headless Chromium opens a share link, sees the name and the chart,
 * and after the candidate revokes the link a reload shows the page is gone. Screenshots go to target/screenshots/.
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

    @BeforeEach
    void setUp() {
        boolean installed = Files.isExecutable(CHROMIUM) && Files.isExecutable(CHROMEDRIVER);
        if (!installed && System.getenv("CI") != null) {
            throw new AssertionError("chromium and chromium-driver are missing; bash scripts/test.sh installs them");
        }
        Assumptions.assumeTrue(installed, "needs Debian's chromium and chromium-driver (bash scripts/test.sh "
                + "installs them)");
        CoachConfig base = TestCoach.config(dir);
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
    void aRecruiterSeesTheNameAndChartAndTheRevokedLinkIsGoneOnReload() throws Exception {
        practise();
        clock.advance(Duration.ofDays(5)); // memory fades a little: the bars differ
        say("/share name Dana K.");
        String link = link(say("/share 30 topics activity"));

        browser.manage().window().setSize(new Dimension(412, 1400));
        browser.get(link);

        assertThat(browser.getTitle()).isEqualTo("Dana K. · interview preparation");
        assertThat(browser.findElement(By.id("candidate")).getText()).isEqualTo("Dana K.");
        assertThat(browser.findElement(By.tagName("header")).getText())
                .contains("Shared on 7 March 2026", "link valid until 6 April 2026");
        WebElement chart = browser.findElement(By.id("families-chart"));
        assertThat(chart.isDisplayed()).isTrue();
        assertThat(chart.getSize().getWidth()).isGreaterThan(250);
        assertThat(chart.getText()).contains("ORM", "Security", "%");
        List<WebElement> bars = chart.findElements(By.cssSelector("rect.fill"));
        assertThat(bars).hasSize(2);
        assertThat(bars).allSatisfy(bar -> assertThat(Double.parseDouble(bar.getAttribute("width"))).isPositive());
        assertThat(browser.findElement(By.id("topics-chart-0")).getText()).contains("N+1 queries");
        assertThat(browser.findElement(By.id("activity")).getText()).contains("4 answers in the last 30 days, on 1 day", "last practised 2 March 2026");
        assertThat(browser.findElement(By.tagName("footer")).getText()).contains("Dana K. controls this page");
        assertThat(browser.findElements(By.tagName("script"))).isEmpty();
        screenshot("share-page.png");
        browser.manage().window().setSize(new Dimension(1200, 1100));
        screenshot("share-page-desktop.png");

        assertThat(say("/share revoke 1").text()).contains("Link #1 is off");
        browser.navigate().refresh();

        assertThat(browser.findElement(By.tagName("h1")).getText()).isEqualTo("This link is not available");
        assertThat(browser.findElements(By.id("candidate"))).isEmpty();
        assertThat(browser.getPageSource()).doesNotContain("Dana");
        screenshot("share-page-revoked.png");
    }

    /** Answers the three ORM questions and the security one, right, so the chart has bars. */
    private void practise() {
        Reply question = say("/quiz orm");
        press(labelled(question, "51"));
        say("/next");
        say("select_related does a JOIN, prefetch_related a separate query");
        press("quiz:rate:2:3");
        Reply third = say("/next");
        press(labelled(third, "prefetch_related"));
        Reply security = say("/quiz security");
        press(labelled(security, "Cross-site request forgery"));
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
