package org.commissioning.marketplace.testing;

import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebDriverException;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;

/**
 * Headless Debian Chromium driven through the system chromedriver, as a person would use the
 * pages. Screenshots go to target/screenshots for people to look at.
 */
public final class Browser implements AutoCloseable {

    private WebDriver started;
    private final URI base;
    private final java.util.Set<String> checked = new java.util.HashSet<>();
    private String scrolledTo;

    public Browser(URI base) {
        this.base = base;
    }

    /** Chromium starts when a test first uses it, so a test that never opens a page costs no browser. */
    private WebDriver started() {
        if (started == null) {
            try {
                Path profile = Files.createTempDirectory("chromium-profile");
                ChromeOptions options = new ChromeOptions();
                options.setBinary(System.getProperty("chromium.binary", "/usr/bin/chromium"));
                options.addArguments("--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
                        "--disable-background-networking", "--disable-component-update", "--disable-sync",
                        "--disable-dev-shm-usage", "--window-size=1280,1000", "--user-data-dir=" + profile);
                // The browser's console, to catch anything the Content Security Policy blocked.
                options.setCapability("goog:loggingPrefs", java.util.Map.of("browser", "ALL"));
                ChromeDriverService service = new ChromeDriverService.Builder()
                        .usingDriverExecutable(new File(System.getProperty("chromedriver.binary", "/usr/bin/chromedriver")))
                        .usingAnyFreePort().build();
                started = new ChromeDriver(service, options);
                started.manage().timeouts().pageLoadTimeout(Duration.ofSeconds(60));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return started;
    }

    public Browser open(String path) {
        started().get(base.resolve(path).toString());
        return checkAccessibility();
    }

    public Browser signIn(String username, String password) {
        open("login.xhtml");
        type("login:username", username);
        type("login:password", password);
        click("login:submit");
        return this;
    }

    public Browser signOut() {
        click("signout:signout-link");
        return this;
    }

    public Browser type(String id, String text) {
        WebElement field = started().findElement(By.id(id));
        field.clear();
        field.sendKeys(text);
        return this;
    }

    /** Puts a file into a file input (the browser uploads it on submit). */
    public Browser attach(String id, Path file) {
        started().findElement(By.id(id)).sendKeys(file.toAbsolutePath().toString());
        return this;
    }

    /** Sets a date or time input through script, as browsers differ in how they take typed dates. */
    public Browser setValue(String id, String value) {
        ((JavascriptExecutor) started()).executeScript("document.getElementById(arguments[0]).value = arguments[1];", id, value);
        return this;
    }

    public Browser choose(String id, String visibleText) {
        new Select(started().findElement(By.id(id))).selectByVisibleText(visibleText);
        return this;
    }

    /** Sorts a complete table by the column with this heading (its heading is a button), and says how it is now sorted. */
    public String sortBy(String tableCss, String heading) {
        WebElement th = started().findElement(By.xpath("//*[@id='" + tableCss.replace("#", "").replace("\\", "")
                + "']//thead//th[.//button[normalize-space(.)='" + heading + "']]"));
        th.findElement(By.tagName("button")).click();
        return th.getAttribute("aria-sort");
    }

    /** The text of one column (counted from 0) of a table's body, row by row as shown. */
    public java.util.List<String> column(String tableCss, int index) {
        return started().findElements(By.cssSelector(tableCss + " tbody tr")).stream()
                .map(tr -> tr.findElements(By.tagName("td")).get(index).getText().trim()).toList();
    }

    /** Chooses the option whose label starts with the text given (labels that end with details the test does not fix). */
    public Browser chooseStartingWith(String id, String start) {
        Select select = new Select(started().findElement(By.id(id)));
        WebElement option = select.getOptions().stream().filter(o -> o.getText().startsWith(start)).findFirst()
                .orElseThrow(() -> new AssertionError("no option starts with " + start + " in " + id + ": "
                        + select.getOptions().stream().map(WebElement::getText).toList()));
        select.selectByVisibleText(option.getText());
        return this;
    }

    public Browser check(String name, String value) {
        started().findElement(By.cssSelector("input[name='" + name + "'][value='" + value + "']")).click();
        return this;
    }

    /** Ticks or clears the checkbox with this id (a single checkbox, which sends no value of its own). */
    public Browser tick(String id, boolean ticked) {
        WebElement box = started().findElement(By.id(id));
        if (box.isSelected() != ticked) {
            box.click();
        }
        return this;
    }

    /** Clicks something that loads a new page, and waits until the new page has loaded. */
    public Browser click(String id) {
        return clickAndWait(started().findElement(By.id(id)));
    }

    /** Follows the link or presses the button matched by {@code cssSelector}, and waits for the new page. */
    public Browser follow(String cssSelector) {
        return clickAndWait(started().findElement(By.cssSelector(cssSelector)));
    }

    private Browser clickAndWait(WebElement element) {
        WebElement oldPage = started().findElement(By.tagName("html"));
        element.click();
        WebDriverWait wait = new WebDriverWait(started(), Duration.ofSeconds(30));
        wait.until(d -> isGone(oldPage));
        wait.until(d -> "complete".equals(((JavascriptExecutor) d).executeScript("return document.readyState")));
        return checkAccessibility();
    }

    /**
     * Runs axe-core (from npm, fetched by the build) on the page now shown and fails on any serious or
     * critical violation, naming the page, the rule and the elements. Each page is checked once per
     * browser in each of its states (plain, with an error summary, a confirmation or fresh results), so
     * repeated visits cost nothing.
     */
    public Browser checkAccessibility() {
        String page = started().getCurrentUrl();
        JavascriptExecutor js = (JavascriptExecutor) started();
        // A page's states that differ most: with an error summary, a confirmation or results just arrived, or without.
        Object fingerprint = js.executeScript("return [!!document.getElementById('error-summary'), !!document.getElementById('confirmation'),"
                + " !!document.querySelector('.just-arrived'), document.title].join(':')");
        if (!checked.add(URI.create(page).getPath() + "|" + fingerprint)) {
            return this;
        }
        if (!Boolean.TRUE.equals(js.executeScript("return typeof window.axe === 'object'"))) {
            js.executeScript(Accessibility.script());
        }
        Object found = js.executeAsyncScript("""
                const done = arguments[arguments.length - 1];
                axe.run(document, {resultTypes: ['violations']}).then(r => done(r.violations
                    .filter(v => v.impact === 'serious' || v.impact === 'critical')
                    .map(v => v.impact + ' ' + v.id + ': ' + v.help + ' at '
                        + v.nodes.slice(0, 5).map(n => n.target.join(' ')).join(', '))
                    .join('\\n'))).catch(e => done('axe failed: ' + e));
                """);
        if (found != null && !found.toString().isEmpty()) {
            Accessibility.report(page, found.toString());
        }
        return this;
    }

    /**
     * Whether the old page has been replaced. While Chromium swaps documents, asking about the old
     * element can fail either as stale or as "node does not belong to the document": both mean gone.
     */
    private static boolean isGone(WebElement oldPage) {
        try {
            oldPage.isEnabled();
            return false;
        } catch (StaleElementReferenceException e) {
            return true;
        } catch (WebDriverException e) {
            String message = String.valueOf(e.getMessage());
            return message.contains("does not belong to the document") || message.contains("No node with given id");
        }
    }

    public String text(String cssSelector) {
        return started().findElement(By.cssSelector(cssSelector)).getText();
    }

    public boolean has(String cssSelector) {
        return !started().findElements(By.cssSelector(cssSelector)).isEmpty();
    }

    public String heading() {
        return text("h1");
    }

    public String path() {
        return URI.create(started().getCurrentUrl()).getPath();
    }

    public String pageText() {
        return started().findElement(By.tagName("body")).getText();
    }

    public WebDriver driver() {
        return started();
    }

    public Browser forgetSession() {
        started().manage().deleteAllCookies();
        return this;
    }

    /**
     * Saves screenshots at desktop and phone widths as target/screenshots/NAME.png and NAME-phone.png,
     * after checking that the Content Security Policy blocked nothing on the pages seen so far.
     */
    public Browser screenshot(String name) {
        java.util.List<String> blocked = started().manage().logs().get(org.openqa.selenium.logging.LogType.BROWSER).getAll().stream()
                .map(org.openqa.selenium.logging.LogEntry::getMessage)
                .filter(m -> m.contains("Content Security Policy") || m.contains("Content-Security-Policy")).toList();
        if (!blocked.isEmpty()) {
            throw new AssertionError("The Content Security Policy blocked something before " + name + ": " + blocked);
        }
        try {
            Path dir = Path.of("target", "screenshots");
            Files.createDirectories(dir);
            File shot = ((TakesScreenshot) started()).getScreenshotAs(OutputType.FILE);
            Files.copy(shot.toPath(), dir.resolve(name + ".png"), StandardCopyOption.REPLACE_EXISTING);
            org.openqa.selenium.Dimension desktop = started().manage().window().getSize();
            started().manage().window().setSize(new org.openqa.selenium.Dimension(390, 844));
            try {
                if (scrolledTo != null) {
                    scrollTo(scrolledTo);
                }
                File phone = ((TakesScreenshot) started()).getScreenshotAs(OutputType.FILE);
                Files.copy(phone.toPath(), dir.resolve(name + "-phone.png"), StandardCopyOption.REPLACE_EXISTING);
            } finally {
                started().manage().window().setSize(desktop);
                scrolledTo = null;
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return this;
    }

    /** Scrolls the element matched by {@code cssSelector} to the top of the window (before a screenshot of it). */
    public Browser scrollTo(String cssSelector) {
        ((JavascriptExecutor) started()).executeScript("document.querySelector(arguments[0]).scrollIntoView()", cssSelector);
        scrolledTo = cssSelector;
        return this;
    }

    /** Runs {@code check} with the window 390 px wide, as on a phone, then puts the width back. */
    public Browser atPhoneWidth(Runnable check) {
        org.openqa.selenium.Dimension desktop = started().manage().window().getSize();
        started().manage().window().setSize(new org.openqa.selenium.Dimension(390, 844));
        try {
            check.run();
        } finally {
            started().manage().window().setSize(desktop);
        }
        return this;
    }

    /** Whether the element is shown and lies within the window's width (nothing to scroll sideways to reach it). */
    public boolean withinWidth(String cssSelector) {
        Object fits = ((JavascriptExecutor) started()).executeScript(
                "var e = document.querySelector(arguments[0]); if (!e) return false; var r = e.getBoundingClientRect();"
                        + " return r.width > 0 && r.left >= 0 && r.right <= document.documentElement.clientWidth;", cssSelector);
        return Boolean.TRUE.equals(fits);
    }

    /** Whether the whole page fits the window's width, with nothing to scroll to sideways. */
    public boolean pageFitsWidth() {
        return Boolean.TRUE.equals(((JavascriptExecutor) started()).executeScript(
                "return document.documentElement.scrollWidth <= document.documentElement.clientWidth;"));
    }

    /** The elements that reach past the window's right edge, innermost first, to say why a page does not fit. */
    public java.util.List<String> overflowing() {
        Object found = ((JavascriptExecutor) started()).executeScript(
                "var w = document.documentElement.clientWidth, out = [];"
                        + " document.querySelectorAll('body *').forEach(function (e) { var r = e.getBoundingClientRect();"
                        + " if (r.right > w + 1 && e.children.length === 0) out.push(e.tagName.toLowerCase() + (e.id ? '#' + e.id : '')"
                        + " + (e.className ? '.' + String(e.className).split(' ').join('.') : '') + ' ' + Math.round(r.right)); });"
                        + " return out.slice(0, 10);");
        return ((java.util.List<?>) found).stream().map(String::valueOf).toList();
    }

    /** Saves the page shown now, as a screenshot and its markup, for someone to see why a test failed. */
    void keepFailedPage(String name) {
        if (started == null) {
            return;
        }
        try {
            Path dir = Path.of("target", "screenshots");
            Files.createDirectories(dir);
            Files.copy(((TakesScreenshot) started()).getScreenshotAs(OutputType.FILE).toPath(), dir.resolve(name + ".png"),
                    StandardCopyOption.REPLACE_EXISTING);
            Files.writeString(dir.resolve(name + ".html"), started().getCurrentUrl() + "\n" + started().getPageSource());
        } catch (IOException | WebDriverException e) {
            System.err.println("Could not keep the failed page: " + e);
        }
    }

    @Override
    public void close() {
        if (started != null) {
            started.quit();
        }
    }
}
