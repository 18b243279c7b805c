package dev.dslfix.server.repair;

import dev.dslfix.lang.Cancellation;
import dev.dslfix.lang.Diagnostic;
import dev.dslfix.lang.Language;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** Full-checker results by text, for one repair: search and verification ask about the same texts. */
final class CheckCache {
    private final Language language;
    private final Cancellation cancel;
    private final Map<String, List<Diagnostic>> results = new HashMap<>();
    private int checks;

    CheckCache(Language language, Cancellation cancel) {
        this.language = language;
        this.cancel = cancel;
    }

    List<Diagnostic> check(String text) {
        return results.computeIfAbsent(text, t -> {
            checks++;
            return language.check(t, cancel);
        });
    }

    List<Diagnostic> errors(String text) {
        return check(text).stream().filter(Diagnostic::isError).toList();
    }

    boolean passes(String text) {
        return check(text).stream().noneMatch(Diagnostic::isError);
    }

    int checks() {
        return checks;
    }
}
