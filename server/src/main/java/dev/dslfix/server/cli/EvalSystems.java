package dev.dslfix.server.cli;

import ai.djl.Device;
import dev.dslfix.lang.Cancellation;
import dev.dslfix.lang.Language;
import dev.dslfix.models.eval.Repairer;
import dev.dslfix.models.slm.SlmModel;
import dev.dslfix.models.slm.SlmRepairer;
import dev.dslfix.server.repair.Candidate;
import dev.dslfix.server.repair.RepairEngine;
import dev.dslfix.server.repair.RepairOptions;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

/** The systems an evaluation compares, built the same way for `eval` and for the model card of `train`. */
final class EvalSystems implements AutoCloseable {
    private final List<Repairer> systems = new ArrayList<>();
    private final List<SlmModel> models = new ArrayList<>();

    EvalSystems(Language language, RepairOptions options) {
        RepairEngine search = new RepairEngine();
        add("identity (no repair)", text -> List.of(text));
        add("parser recovery (ANTLR)", text -> List.of(language.parserRecovery(text)));
        add("search", text -> texts(search.repair(language, text, options, Cancellation.NONE).candidates()));
    }

    /** A model-only row, and if asked the full pipeline with that model. */
    EvalSystems withModel(String name, Path dir, Language language, RepairOptions options, boolean pipeline) throws IOException {
        SlmModel model = SlmModel.load(dir, Device.cpu());
        models.add(model);
        if (!model.supports(language)) {
            throw new IOException(dir + " holds a model for '" + model.languageId() + "', not '" + language.id()
                    + "' (only a transfer model repairs other languages)");
        }
        SlmRepairer repairer = new SlmRepairer(model, language);
        add("model only (" + name + ")", text -> repairer.repair(text, options.top(), Cancellation.NONE));
        if (pipeline) {
            RepairEngine full = new RepairEngine((lang, text, max, cancel, analyses) -> repairer.proposeBesideSearch(text, max, cancel, analyses));
            add("model + search (" + name + ")", text -> texts(full.repair(language, text, options, Cancellation.NONE).candidates()));
        }
        return this;
    }

    List<Repairer> list() {
        return systems;
    }

    private void add(String name, Function<String, List<String>> f) {
        systems.add(new Repairer() {
            @Override
            public String name() {
                return name;
            }

            @Override
            public List<String> repair(String broken) {
                return f.apply(broken);
            }
        });
    }

    private static List<String> texts(List<Candidate> candidates) {
        return candidates.stream().map(Candidate::text).toList();
    }

    @Override
    public void close() {
        models.forEach(SlmModel::close);
    }
}
