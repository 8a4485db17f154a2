package org.commissioning.marketplace.testing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;

/**
 * axe-core for the browser tests: the script the build fetched from npm, and what to do with a
 * serious or critical violation. It fails the test, unless {@code -Daxe.collect=true} asks only for
 * a list of every violation seen (in target/axe/violations.txt), which helps when fixing many at once.
 */
final class Accessibility {
    private static volatile String script;

    private Accessibility() {
    }

    static String script() {
        if (script == null) {
            String location = System.getProperty("axe.script", "target/axe/package/axe.min.js");
            try {
                script = Files.readString(Path.of(location));
            } catch (IOException e) {
                throw new UncheckedIOException("axe-core is not at " + location + ": run the tests through Maven (mvn verify)", e);
            }
        }
        return script;
    }

    static void report(String page, String violations) {
        if (Boolean.getBoolean("axe.collect")) {
            try {
                Path file = Path.of("target", "axe", "violations.txt");
                Files.createDirectories(file.getParent());
                Files.writeString(file, page + "\n" + violations + "\n\n", StandardOpenOption.CREATE, StandardOpenOption.APPEND);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            return;
        }
        throw new AssertionError("axe-core finds serious accessibility problems on " + page + ":\n" + violations);
    }
}
