package dev.dslfix.server.config;

import dev.dslfix.lang.LanguageOptions;
import dev.dslfix.lang.runtime.GrammarSpec;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import dev.dslfix.server.repair.RepairOptions;
import dev.dslfix.server.model.ModelSettings;

/**
 * The project configuration ({@code dslfix.json} at the workspace root, or the same object from
 * the editor's initializationOptions / settings), as plain data.
 *
 * @param baseDir          folder that relative paths resolve against
 * @param grammars         DSLs registered by grammar
 * @param languageOptions  options per built-in language id (e.g. {@code sql.schemaFiles})
 * @param debounceMillis   quiet time after an edit before diagnostics are computed
 * @param maxDocumentChars documents longer than this are not analysed (one diagnostic says so)
 * @param repair           repair defaults: candidates, aggressiveness, time budget
 * @param model            where the repair models come from and which device runs them
 */
public record DslfixConfig(Path baseDir, List<GrammarSpec> grammars, Map<String, LanguageOptions> languageOptions,
                           int debounceMillis, int maxDocumentChars, RepairOptions repair, ModelSettings model) {

    public static final String FILE_NAME = "dslfix.json";
    public static final int DEFAULT_DEBOUNCE_MILLIS = 150;
    /** 16 M characters: far above any hand-written DSL file, still parseable in seconds. */
    public static final int DEFAULT_MAX_DOCUMENT_CHARS = 16 * 1024 * 1024;

    public DslfixConfig {
        grammars = List.copyOf(grammars);
        languageOptions = Map.copyOf(languageOptions);
    }

    public static DslfixConfig defaults(Path baseDir) {
        return new DslfixConfig(baseDir, List.of(), Map.of(), DEFAULT_DEBOUNCE_MILLIS, DEFAULT_MAX_DOCUMENT_CHARS, RepairOptions.DEFAULT, ModelSettings.DEFAULT);
    }
}
