package com.crmplatform.e2e;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The web console in a real browser against the whole platform: every scenario in {@code console/e2e/*.e2e.mjs}
 * (Playwright driving Debian's Chromium, through the gateway that serves the console), e.g. a salesperson who claims,
 * follows up and converts a lead; marketing who builds a campaign with its form, submits it as a visitor and syncs the
 * lead into the pool; finance who confirms a payment. Skipped where no Chromium is installed ({@code .ci/run}
 * installs it).
 */
@ExtendWith(PlatformExtension.class)
class ConsoleE2EIT {

    @Test
    void everyConsoleScenarioPassesInTheBrowser() throws Exception {
        Path chromium = Path.of(System.getenv().getOrDefault("CHROMIUM", "/usr/bin/chromium"));
        assumeTrue(Files.isExecutable(chromium), "no Chromium at " + chromium + " (apt-get install chromium)");
        Path console = Platform.ROOT.resolve("console");
        assumeTrue(Files.isDirectory(console.resolve("node_modules")), "console/node_modules: build the console first");
        Path log = Platform.ROOT.resolve("deploy/target/console-e2e.log");

        ProcessBuilder browserTest = new ProcessBuilder(List.of("npm", "run", "e2e"))
                .directory(console.toFile())
                .redirectErrorStream(true)
                .redirectOutput(log.toFile());
        browserTest.environment().put("CRM_CONSOLE_URL", Platform.gateway());
        browserTest.environment().put("CHROMIUM", chromium.toString());
        browserTest
                .environment()
                .put(
                        "CRM_E2E_SCREENSHOTS",
                        Platform.ROOT
                                .resolve("deploy/target/console-screenshots")
                                .toString());
        Process process = browserTest.start();
        boolean finished = process.waitFor(12, TimeUnit.MINUTES);
        if (!finished) {
            process.destroyForcibly();
        }

        assertThat(finished && process.exitValue() == 0)
                .as("npm run e2e (log %s):%n%s", log, Files.readString(log))
                .isTrue();
    }
}
