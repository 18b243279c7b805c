package dev.dslfix.lang.runtime;

import java.util.List;
import java.util.stream.Collectors;

/** A grammar that could not be loaded, with every problem found in it. */
public final class GrammarLoadException extends Exception {
    private final List<GrammarProblem> problems;

    public GrammarLoadException(List<GrammarProblem> problems) {
        super(problems.stream().map(GrammarProblem::format).collect(Collectors.joining("\n")));
        this.problems = List.copyOf(problems);
    }

    public List<GrammarProblem> problems() {
        return problems;
    }
}
