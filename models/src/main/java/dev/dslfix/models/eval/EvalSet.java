package dev.dslfix.models.eval;

import dev.dslfix.lang.Language;
import dev.dslfix.models.corrupt.Corruption;
import dev.dslfix.models.corrupt.Corruptor;
import dev.dslfix.models.corrupt.DataSplit;
import dev.dslfix.models.corrupt.ErrorKind;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/**
 * The evaluation set of a language: the eval split of its valid programs (by file name, see
 * {@link DataSplit}: these never enter training), each corrupted with every error kind by the
 * shared seeded generator. Same files and seed, same set.
 */
public final class EvalSet {
    private EvalSet() {
    }

    public static List<EvalCase> build(Language language, Path validDir, String extension, long seed, int perKind) throws IOException {
        List<Path> files;
        try (Stream<Path> s = Files.list(validDir)) {
            files = s.filter(p -> p.getFileName().toString().endsWith(extension))
                    .filter(p -> DataSplit.isEval(p.getFileName().toString()))
                    .sorted().toList();
        }
        Corruptor corruptor = new Corruptor(language);
        List<EvalCase> cases = new ArrayList<>();
        for (Path f : files) {
            String text = new String(Files.readAllBytes(f), StandardCharsets.UTF_8);
            for (ErrorKind kind : ErrorKind.values()) {
                for (Corruption c : corruptor.corruptions(text, kind, seed, perKind)) {
                    cases.add(new EvalCase(f.getFileName().toString(), kind, text, c.corrupted()));
                }
            }
        }
        return cases;
    }
}
