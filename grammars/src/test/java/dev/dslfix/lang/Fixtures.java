package dev.dslfix.lang;

import java.nio.file.Files;
import java.nio.file.Path;

/** Where test-fixtures/ is: set by surefire (dslfix.fixtures), else found from the working directory. */
public final class Fixtures {
    private Fixtures() {
    }

    public static Path dir() {
        String configured = System.getProperty("dslfix.fixtures");
        if (configured != null && Files.isDirectory(Path.of(configured))) {
            return Path.of(configured);
        }
        for (Path p = Path.of("").toAbsolutePath(); p != null; p = p.getParent()) {
            if (Files.isDirectory(p.resolve("test-fixtures"))) {
                return p.resolve("test-fixtures");
            }
        }
        throw new IllegalStateException("test-fixtures/ not found");
    }

    /** True when golden files should be rewritten instead of compared (DSLFIX_UPDATE_GOLDEN=1 or -Ddslfix.updateGolden). */
    public static boolean updateGolden() {
        return "1".equals(System.getenv("DSLFIX_UPDATE_GOLDEN")) || Boolean.getBoolean("dslfix.updateGolden");
    }
}
