package dev.dslfix.server.lsp;

import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import dev.dslfix.lang.Cancellation;
import dev.dslfix.lang.CancelledException;
import dev.dslfix.lang.DeepStack;
import dev.dslfix.lang.Diagnostic;
import dev.dslfix.lang.Fix;
import dev.dslfix.lang.Language;
import dev.dslfix.lang.SourceText;
import dev.dslfix.lang.TextEdit;
import dev.dslfix.server.repair.Candidate;
import dev.dslfix.server.repair.RepairEngine;
import dev.dslfix.server.repair.RepairOptions;
import dev.dslfix.server.repair.RepairResult;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.eclipse.lsp4j.CodeAction;
import org.eclipse.lsp4j.CodeActionKind;
import org.eclipse.lsp4j.CodeActionParams;
import org.eclipse.lsp4j.CodeActionTriggerKind;
import org.eclipse.lsp4j.Command;
import org.eclipse.lsp4j.Range;
import org.eclipse.lsp4j.TextDocumentEdit;
import org.eclipse.lsp4j.VersionedTextDocumentIdentifier;
import org.eclipse.lsp4j.WorkspaceEdit;
import org.eclipse.lsp4j.jsonrpc.CompletableFutures;
import org.eclipse.lsp4j.jsonrpc.ResponseErrorException;
import org.eclipse.lsp4j.jsonrpc.messages.Either;
import org.eclipse.lsp4j.jsonrpc.messages.ResponseError;
import org.eclipse.lsp4j.jsonrpc.messages.ResponseErrorCode;

/**
 * Code actions: a quick fix per diagnostic (the checker's own fixes, and for syntax errors the
 * part of the best repair that mends that spot), plus whole-document repairs from the ranked
 * candidates. Every action's result is re-checked before it is offered. Search runs only when
 * the user asked (trigger kind Invoked); with resolve support the edits stay on the server until
 * the client resolves the chosen action. Edits are versioned, so a client never applies an edit
 * computed for an older version.
 */
final class CodeActionProvider {
    private final DslfixLanguageServer server;
    private volatile RepairEngine engine = new RepairEngine();
    private final ActionStore store = new ActionStore(256);
    /** Separate from the diagnostics workers: an action waits for diagnostics and must not starve them. */
    private final ExecutorService workers = Executors.newFixedThreadPool(2, DeepStack.THREADS);
    private volatile boolean resolveSupport;
    private volatile boolean documentChanges;

    CodeActionProvider(DslfixLanguageServer server) {
        this.server = server;
    }

    /** The repair engine to use (with the workspace's resident models). */
    void useEngine(RepairEngine engine) {
        this.engine = engine;
    }

    void configure(boolean resolveSupport, boolean documentChanges) {
        this.resolveSupport = resolveSupport;
        this.documentChanges = documentChanges;
    }

    CompletableFuture<List<Either<Command, CodeAction>>> codeActions(CodeActionParams params) {
        String uri = params.getTextDocument().getUri();
        OpenDocument doc = server.documents().get(uri);
        if (doc == null || !wantsQuickFixes(params.getContext().getOnly())) {
            return CompletableFuture.completedFuture(List.of());
        }
        boolean invoked = params.getContext().getTriggerKind() != CodeActionTriggerKind.Automatic;
        Range range = params.getRange();
        return CompletableFutures.computeAsync(workers, checker -> {
            Cancellation cancel = () -> checker.isCanceled() || stale(doc);
            try {
                return compute(doc, range, invoked, cancel);
            } catch (CancelledException e) {
                throw contentModifiedOr(doc, e);
            }
        });
    }

    CompletableFuture<CodeAction> resolve(CodeAction action) {
        Optional<String> key = ActionStore.key(action.getData());
        if (key.isEmpty()) {
            return CompletableFuture.completedFuture(action); // not one of ours: nothing to add
        }
        Optional<ActionStore.Entry> entry = key.flatMap(store::get);
        if (entry.isEmpty()) {
            // Evicted (or from an earlier server): an action without its edit would silently do nothing.
            return CompletableFuture.failedFuture(new ResponseErrorException(new ResponseError(ResponseErrorCode.ContentModified,
                    "this fix is no longer available; ask for code actions again", null)));
        }
        OpenDocument doc = server.documents().get(entry.get().uri());
        if (doc == null || doc.version() != entry.get().version()) {
            return CompletableFuture.failedFuture(new ResponseErrorException(new ResponseError(ResponseErrorCode.ContentModified,
                    "the document changed since this fix was computed", null)));
        }
        action.setEdit(entry.get().edit());
        return CompletableFuture.completedFuture(action);
    }

    void shutdown() {
        workers.shutdownNow();
    }

    private List<Either<Command, CodeAction>> compute(OpenDocument doc, Range range, boolean invoked, Cancellation cancel) {
        Optional<Language> language = server.state().languageFor(doc);
        if (language.isEmpty()) {
            return List.of();
        }
        Language lang = language.get();
        List<Diagnostic> diagnostics = server.diagnosticsEngine().diagnostics(doc).join();
        cancel.check();
        SourceText source = new SourceText(doc.text());
        List<Diagnostic> inRange = diagnostics.stream().filter(d -> overlaps(source, d, range)).toList();
        List<CodeAction> actions = new ArrayList<>();
        for (Diagnostic d : inRange) {
            for (Fix fix : d.fixes()) {
                String fixed = fix.applyTo(doc.text());
                if (resolves(lang, d, diagnostics, fixed, cancel)) {
                    CodeAction a = action(doc, source, capitalize(fix.title()), List.of(d), fix.edits());
                    // Preferred only when it is the one deterministic fix for this diagnostic.
                    a.setIsPreferred(d.fixes().size() == 1);
                    actions.add(a);
                }
            }
        }
        if (invoked && diagnostics.stream().anyMatch(Diagnostic::isError)) {
            RepairOptions options = server.state().config().repair();
            RepairResult result = engine.repair(lang, doc.text(), options, cancel);
            if (!result.candidates().isEmpty()) {
                Candidate best = result.candidates().get(0);
                for (Diagnostic d : inRange) {
                    if (d.isError() && d.fixes().isEmpty()) {
                        localFix(doc, source, lang, diagnostics, d, best, cancel).ifPresent(actions::add);
                    }
                }
            }
            int rank = 1;
            for (Candidate c : result.candidates()) {
                String title = String.format(Locale.ROOT, "Repair document%s (similarity %.2f): %s",
                        result.candidates().size() > 1 ? " #" + rank : "", c.similarity(), c.explanation());
                CodeAction a = action(doc, source, shorten(title), diagnostics.stream().filter(Diagnostic::isError).toList(), c.edits());
                a.setIsPreferred(false);
                actions.add(a);
                rank++;
            }
        }
        cancel.check();
        return actions.stream().map(Either::<Command, CodeAction>forRight).toList();
    }

    /**
     * The edits of the best repair near one syntax error, offered when applying just them removes
     * that error without adding one.
     */
    private Optional<CodeAction> localFix(OpenDocument doc, SourceText source, Language lang, List<Diagnostic> all,
                                          Diagnostic d, Candidate best, Cancellation cancel) {
        // Edits on the error's line; failing that, on the lines next to it (errors show up late).
        int line = source.lineOf(d.start());
        List<TextEdit> near = within(best.edits(), source.lineStart(line), source.lineEnd(line));
        if (near.isEmpty()) {
            near = within(best.edits(), source.lineStart(Math.max(0, line - 1)), source.lineEnd(Math.min(source.lineCount() - 1, line + 1)));
        }
        if (near.isEmpty()) {
            return Optional.empty();
        }
        String fixed = Fix.apply(doc.text(), near);
        if (!resolves(lang, d, all, fixed, cancel)) {
            return Optional.empty();
        }
        String title = capitalize(String.join("; ", near.stream().map(e -> describe(doc.text(), e)).toList()));
        CodeAction a = action(doc, source, title, List.of(d), near);
        a.setIsPreferred(false); // found by search: not the one deterministic fix
        return Optional.of(a);
    }

    private static List<TextEdit> within(List<TextEdit> edits, int from, int to) {
        return edits.stream().filter(e -> e.start() >= from && e.end() <= to).toList();
    }

    /** Fewer errors after the fix, and none at the diagnostic's place. */
    private static boolean resolves(Language lang, Diagnostic d, List<Diagnostic> before, String fixed, Cancellation cancel) {
        List<Diagnostic> after = lang.check(fixed, cancel).stream().filter(Diagnostic::isError).toList();
        long errorsBefore = before.stream().filter(Diagnostic::isError).count();
        return after.size() < errorsBefore && after.stream().noneMatch(x -> x.code().equals(d.code()) && x.start() == d.start());
    }

    private CodeAction action(OpenDocument doc, SourceText source, String title, List<Diagnostic> about, List<TextEdit> edits) {
        CodeAction a = new CodeAction(title);
        a.setKind(CodeActionKind.QuickFix);
        a.setDiagnostics(about.stream().map(d -> LspDiagnostics.convert(source, d)).toList());
        WorkspaceEdit edit = workspaceEdit(doc, source, edits);
        if (resolveSupport) {
            a.setData(store.put(new ActionStore.Entry(doc.uri(), doc.version(), edit)));
        } else {
            a.setEdit(edit);
        }
        return a;
    }

    private WorkspaceEdit workspaceEdit(OpenDocument doc, SourceText source, List<TextEdit> edits) {
        List<org.eclipse.lsp4j.TextEdit> lsp = edits.stream()
                .map(e -> new org.eclipse.lsp4j.TextEdit(TextEdits.range(source, e.start(), e.end()), e.newText()))
                .toList();
        if (documentChanges) {
            TextDocumentEdit change = new TextDocumentEdit(new VersionedTextDocumentIdentifier(doc.uri(), doc.version()),
                    lsp.stream().map(Either::<org.eclipse.lsp4j.TextEdit, org.eclipse.lsp4j.SnippetTextEdit>forLeft).toList());
            return new WorkspaceEdit(List.of(Either.forLeft(change)));
        }
        return new WorkspaceEdit(java.util.Map.of(doc.uri(), lsp));
    }

    private static String describe(String text, TextEdit e) {
        String old = text.substring(e.start(), e.end());
        if (old.isEmpty()) {
            return "insert '" + e.newText().strip() + "'";
        }
        if (e.newText().isEmpty()) {
            return "delete '" + old.strip() + "'";
        }
        return "replace '" + old.strip() + "' with '" + e.newText().strip() + "'";
    }

    private boolean stale(OpenDocument doc) {
        OpenDocument now = server.documents().get(doc.uri());
        return now == null || now.version() != doc.version();
    }

    private RuntimeException contentModifiedOr(OpenDocument doc, CancelledException e) {
        if (stale(doc)) {
            return new ResponseErrorException(new ResponseError(ResponseErrorCode.ContentModified,
                    "the document changed while code actions were computed", null));
        }
        return new CompletionException(new java.util.concurrent.CancellationException("cancelled"));
    }

    private static boolean wantsQuickFixes(List<String> only) {
        return only == null || only.isEmpty() || only.stream().anyMatch(k -> CodeActionKind.QuickFix.startsWith(k) || k.startsWith(CodeActionKind.QuickFix));
    }

    private static boolean overlaps(SourceText source, Diagnostic d, Range r) {
        int start = TextEdits.offset(source, r.getStart());
        int end = TextEdits.offset(source, r.getEnd());
        return d.start() <= end && d.end() >= start;
    }

    private static String capitalize(String s) {
        return s.isEmpty() ? s : Character.toUpperCase(s.charAt(0)) + s.substring(1);
    }

    private static String shorten(String s) {
        return s.length() <= 160 ? s : s.substring(0, 157) + "...";
    }

    /** Data of an action whose edit waits on the server for codeAction/resolve. */
    static JsonElement dataFor(String key) {
        JsonObject o = new JsonObject();
        o.addProperty("dslfix", key);
        return o;
    }
}
