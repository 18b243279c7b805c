package dev.dslfix.models.corrupt;

import java.util.List;
import java.util.Set;

/**
 * What LLMs bring into sh/bash scripts from other languages: closing blocks as Ruby, Lua or C
 * would, Python's and C's boolean operators, PowerShell and zsh habits. Entries the checker does
 * not flag are never kept.
 */
final class ShellHints {
    private ShellHints() {
    }

    private static final List<ForeignWord> FOREIGN = List.of(
            new ForeignWord("fi", "end", "Ruby"),
            new ForeignWord("fi", "endif", "csh"),
            new ForeignWord("done", "end", "Ruby"),
            new ForeignWord("done", "}", "C"),
            new ForeignWord("esac", "end", "Ruby"),
            new ForeignWord("then", "{", "C"),
            new ForeignWord("do", "{", "C"),
            new ForeignWord("elif", "else if", "C"),
            new ForeignWord("elif", "elsif", "Perl"),
            new ForeignWord("]", ")", "C"),
            new ForeignWord("]]", "]", "sh"),
            new ForeignWord(";;", ";", "C"),
            new ForeignWord("&&", "and", "Python"),
            new ForeignWord("||", "or", "Python"),
            new ForeignWord("function", "def", "Python"),
            new ForeignWord("local", "let", "JavaScript"),
            new ForeignWord("echo", "print", "Python"),
            new ForeignWord("exit", "return", "Python"));

    /** Keywords (upper case) that end a command list: a missing separator before them is an error. */
    private static final Set<String> LIST_ENDERS = Set.of("THEN", "DO", "FI", "DONE", "ESAC", "ELSE", "ELIF", "}");

    private static final List<String> NAMES = List.of(
            "log", "die", "usage", "cleanup", "main", "deploy", "backup", "build", "install", "setup", "check_deps",
            "run", "info", "warn", "error", "fail", "retry", "wait_for", "rotate", "notify");

    private static final Hints HINTS = new Hints("bash", "script", '"', FOREIGN, LIST_ENDERS, NAMES);

    static Hints hints() {
        return HINTS;
    }
}
