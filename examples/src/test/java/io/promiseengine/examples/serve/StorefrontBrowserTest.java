/*
 * Copyright 2026 The Promise Engine developers
 *
 * Licensed under the Apache License, Version 2.0 (the "License");
 * you may not use this file except in compliance with the License.
 * You may obtain a copy of the License at
 *
 *     https://www.apache.org/licenses/LICENSE-2.0
 *
 * Unless required by applicable law or agreed to in writing, software
 * distributed under the License is distributed on an "AS IS" BASIS,
 * WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
 * See the License for the specific language governing permissions and
 * limitations under the License.
 */
package io.promiseengine.examples.serve;

import io.promiseengine.live.MutableClock;
import io.promiseengine.live.Reservation;
import io.promiseengine.quote.Badge;
import io.promiseengine.quote.DeliveryWindow;
import io.promiseengine.quote.Destination;
import io.promiseengine.quote.ListingRequest;
import io.promiseengine.quote.PromiseCalculator;
import io.promiseengine.quote.PromiseMessages;
import io.promiseengine.quote.PromiseOption;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

import java.io.File;
import java.io.IOException;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The storefront in a real headless Chromium (Debian's {@code chromium} and {@code chromium-driver}, driven by
 * Selenium): a product page, a postal code typed, the listing's badges (the delivery window's among them, with
 * its own countdown), a countdown that moves and, at its
 * deadline, the next date asked of the engine; then checkout, the order reserved, a carrier delay applied
 * through {@code /events} and the new promise on the order page, without a reload.
 *
 * <p>The storefront's clock stands a minute before the earliest order-by of the product's badges on Thursday
 * 17 September 2026 at 75011 (the page's countdowns tick on the browser's clock), then is moved by the test to
 * 4 seconds before it and past it, so that the switch to the next date is seen within the test however long
 * the browser took to start. Never skipped:
 * without Chromium it fails, saying what to install ({@code .ci/run} installs it). Screenshots of the product
 * and order pages go to {@code target/screenshots/}; with {@code -Dstorefront.screenshots=DIR} they are also
 * copied to DIR (the README's are made with {@code -Dstorefront.screenshots=../docs}).
 */
@Timeout(value = 90, unit = TimeUnit.SECONDS)
class StorefrontBrowserTest {

    private static final String CHROMIUM = "/usr/bin/chromium";
    private static final String DRIVER = "/usr/bin/chromedriver";

    private static TestShop shop;
    private static WebDriver browser;
    private static Path profile;
    private static PromiseOption first;
    private static MutableClock clock;

    @BeforeAll
    static void start() throws IOException {
        assertThat(new File(CHROMIUM)).as("Chromium is needed: apt-get install -y chromium chromium-driver").exists();
        assertThat(new File(DRIVER)).as("chromedriver is needed: apt-get install -y chromium chromium-driver").exists();
        Badge badge = PromiseCalculator.of(TestShop.demoNetwork()).listing(ListingRequest.builder(TestShop.THURSDAY,
                Destination.postalCode("75011")).skus("TSHIRT-M").build()).badges().get(0);
        first = earliestDeadline(badge);
        profile = Files.createTempDirectory("storefront-chromium");
        ChromeOptions options = new ChromeOptions();
        options.setBinary(CHROMIUM);
        options.addArguments("--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
                "--disable-component-update", "--disable-sync", "--no-first-run", "--disable-dev-shm-usage",
                "--lang=fr-FR", "--user-data-dir=" + profile, "--window-size=1280,1320");
        options.setExperimentalOption("prefs", java.util.Map.of("intl.accept_languages", "fr-FR,fr"));
        ChromeDriverService service = new ChromeDriverService.Builder().usingDriverExecutable(new File(DRIVER))
                .usingAnyFreePort().build();
        browser = new ChromeDriver(service, options);
        browser.manage().window().setSize(new Dimension(1280, 1320));
        clock = new MutableClock(first.orderBy().orElseThrow().minusSeconds(60));
        shop = TestShop.withClock(clock, StorefrontServer.Settings.defaults());
    }

    @AfterAll
    static void stop() throws IOException {
        if (browser != null) {
            browser.quit();
        }
        if (shop != null) {
            shop.close();
        }
        if (profile != null) {
            try (var files = Files.walk(profile)) {
                files.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
            }
        }
    }

    @Test
    void aShopperSeesLivePromises_ordersAndIsToldOfADelay() throws Exception {
        clock.set(first.orderBy().orElseThrow().minusSeconds(60)); // whichever test ran first
        WebDriverWait wait = new WebDriverWait(browser, Duration.ofSeconds(15));
        wait.ignoring(StaleElementReferenceException.class); // the badges are drawn again when an answer comes
        browser.get(shop.base() + "/products/TSHIRT-M");
        assertThat(browser.findElement(By.cssSelector("html")).getAttribute("lang")).isEqualTo("fr");

        browser.findElement(By.id("postal-code")).sendKeys("75011");
        wait.until(ExpectedConditions.numberOfElementsToBeMoreThan(By.cssSelector("#badges .badge"), 0));
        List<String> methods = new ArrayList<>();
        for (WebElement b : browser.findElements(By.cssSelector("#badges .badge"))) {
            methods.add(b.getAttribute("data-method"));
        }
        assertThat(methods).containsExactly("HOME_DELIVERY", "COURIER", "COLLECT", "SCHEDULED");
        assertThat(text("#badges .badge-collect .stores")).isEqualTo("3 magasins à proximité");

        // the delivery-window badge: the first window the listing offers now, its sentence and its own countdown
        PromiseOption scheduled = LiveListing.of(shop.server.shop().engine(), ListingRequest.builder(clock.instant(),
                Destination.postalCode("75011")).skus("TSHIRT-M").build()).badges().get(0).scheduled().orElseThrow();
        DeliveryWindow window = scheduled.windows().get(0);
        By windowBadge = By.cssSelector("#badges .badge[data-method='SCHEDULED']");
        assertThat(browser.findElement(windowBadge).getAttribute("data-window")).isEqualTo(window.start().toString());
        assertThat(browser.findElement(By.cssSelector("#badges .badge-scheduled .option-title")).getAttribute("textContent"))
                .isEqualTo("Livraison sur créneau · Camionnettes Paris"); // the text, before the stylesheet's capitals
        assertThat(text("#badges .badge-scheduled .promise-line"))
                .isEqualTo(PromiseMessages.of(Locale.FRENCH).describe(scheduled, window, clock.instant()).promise())
                .startsWith("Livraison ").contains(" entre ");
        String windowBefore = text("#badges .badge-scheduled .countdown");
        assertThat(windowBefore).startsWith("Commandez ");
        wait.until(d -> !d.findElement(By.cssSelector("#badges .badge-scheduled .countdown")).getText().equals(windowBefore));

        // the earliest deadline's countdown moves, second by second
        By countdown = By.cssSelector("#badges .badge[data-method='" + first.method().name() + "'] .countdown");
        String before = browser.findElement(countdown).getText();
        // a tick a second; on a loaded machine the browser's timer may run late, so wait for the change rather
        // than sleeping a fixed time (the wait fails the test if the countdown never moves)
        wait.until(d -> !d.findElement(countdown).getText().equals(before));
        String after = browser.findElement(countdown).getText();
        assertThat(after).isNotEqualTo(before).startsWith("Commandez dans les ");

        // 4 s before the deadline on the server's clock, the shopper asks again; the server's clock then passes the
        // deadline, but only the page's own countdown reaching zero makes it ask the engine again: that badge
        // then promises the next date
        String promised = badgePromise(first);
        clock.set(first.orderBy().orElseThrow().minusSeconds(4));
        browser.findElement(By.cssSelector("#postal-form button")).click();
        wait.until(d -> d.findElement(countdown).getText().matches(".* [1-4] s .*"));
        clock.set(first.orderBy().orElseThrow().plusSeconds(2));
        assertThat(badgePromise(first)).isEqualTo(promised);
        wait.withTimeout(Duration.ofSeconds(20)).until(d -> !badgePromise(first).equals(promised));
        screenshot("storefront-product.png");

        // checkout: the cart's options, each with its countdown; choose standard delivery and order
        browser.findElement(By.id("order-button")).click();
        wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector(".choice[data-service='std']")));
        assertThat(browser.findElements(By.cssSelector(".choice .countdown"))).isNotEmpty();
        browser.findElement(By.cssSelector(".choice[data-service='std']")).click();
        browser.findElement(By.id("place-order")).click();
        wait.until(ExpectedConditions.urlContains("/orders/"));
        wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("#promise .promise-line")));
        String orderId = text("#order-id");
        String promise = text("#promise .promise-line");
        assertThat(shop.server.shop().engine().reservation(orderId)).isPresent();

        // operations: the carrier runs two days late; the page shows the new promise and the sentence, no reload
        HttpResponse<String> applied = shop.post("/events", "{\"type\": \"carrierDelayed\", \"id\": \"strike-1\","
                + " \"service\": \"std\", \"days\": 2}");
        assertThat(applied.statusCode()).as(applied.body()).isEqualTo(200);
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector("#news .message")));
        assertThat(text("#news .message")).startsWith("Votre commande arrivera le ").contains(" au lieu du ");
        assertThat(text("#promise .promise-line")).isNotEqualTo(promise);
        screenshot("storefront-order.png");
    }

    @Test
    void aShopperPicksTheSecondDeliveryWindow_andTheOrderPageShowsIt() throws Exception {
        // Thursday 10:15 to 75015: the Paris vans' windows, each with its sentence and its own countdown
        clock.set(TestShop.THURSDAY);
        WebDriverWait wait = new WebDriverWait(browser, Duration.ofSeconds(15));
        wait.ignoring(StaleElementReferenceException.class);
        browser.get(shop.base() + "/checkout?sku=TSHIRT-M&quantity=1&postalCode=75015");
        By windows = By.cssSelector(".windows .window");
        wait.until(ExpectedConditions.numberOfElementsToBeMoreThan(windows, 1));
        List<WebElement> picker = browser.findElements(windows);
        List<String> deadlines = new ArrayList<>();
        for (WebElement w : picker) {
            assertThat(w.findElement(By.cssSelector(".window-line")).getText()).startsWith("Livraison ").contains(" entre ");
            deadlines.add(w.findElement(By.cssSelector(".countdown")).getText());
        }
        assertThat(deadlines.get(0)).startsWith("Commandez ");
        assertThat(deadlines.get(1)).startsWith("Commandez ").isNotEqualTo(deadlines.get(0)); // each its own order-by

        WebElement second = picker.get(1);
        String start = second.findElement(By.cssSelector("input")).getAttribute("value");
        String sentence = second.findElement(By.cssSelector(".window-line")).getText();
        second.click();
        assertThat(second.findElement(By.cssSelector("input")).isSelected()).isTrue();
        assertThat(browser.findElement(By.cssSelector(".choice[data-service='vans-paris'] input")).isSelected()).isTrue();
        assertThat(browser.findElement(By.id("shipping-name")).getText()).isEqualTo("Livraison sur créneau · Camionnettes Paris");
        ((org.openqa.selenium.JavascriptExecutor) browser).executeScript(
                "arguments[0].scrollIntoView({block: 'center'})", second);
        screenshot("storefront-windows.png");
        browser.findElement(By.id("place-order")).click();

        wait.until(ExpectedConditions.urlContains("/orders/"));
        wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("#promise .promise-card[data-window]")));
        String orderId = text("#order-id");
        assertThat(browser.findElement(By.cssSelector("#promise .promise-card")).getAttribute("data-window")).isEqualTo(start);
        assertThat(text("#promise .promise-line")).isEqualTo(sentence);
        assertThat(shop.server.shop().engine().reservation(orderId)).hasValueSatisfying(r -> assertThat(r.windows())
                .containsExactly(new Reservation.WindowHold("vans-paris", "75", Instant.parse(start))));
    }

    private static String badgePromise(PromiseOption o) {
        return browser.findElement(By.cssSelector("#badges .badge[data-method='" + o.method().name() + "'] .promise-line"))
                .getText();
    }

    private static String text(String css) {
        return browser.findElement(By.cssSelector(css)).getText();
    }

    /** The badge option whose order-by comes first. */
    private static PromiseOption earliestDeadline(Badge b) {
        PromiseOption best = null;
        for (Optional<PromiseOption> o : List.of(b.homeDelivery(), b.courier(), b.collect())) {
            if (o.isPresent() && o.get().orderBy().isPresent() && (best == null
                    || o.get().orderBy().get().isBefore(best.orderBy().get()))) {
                best = o.get();
            }
        }
        assertThat(best).as("a badge with an order-by").isNotNull();
        return best;
    }

    private static void screenshot(String name) throws IOException {
        File shot = ((TakesScreenshot) browser).getScreenshotAs(OutputType.FILE);
        Path dir = Path.of("target", "screenshots");
        Files.createDirectories(dir);
        Files.copy(shot.toPath(), dir.resolve(name), StandardCopyOption.REPLACE_EXISTING);
        String docs = System.getProperty("storefront.screenshots");
        if (docs != null && !docs.isBlank()) {
            Files.copy(shot.toPath(), Path.of(docs).resolve(name), StandardCopyOption.REPLACE_EXISTING);
        }
    }
}
