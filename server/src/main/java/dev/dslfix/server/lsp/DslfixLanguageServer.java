package dev.dslfix.server.lsp;

import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import dev.dslfix.lang.Language;
import dev.dslfix.lang.runtime.GrammarProblem;
import dev.dslfix.lang.runtime.RuntimeGrammarLanguage;
import dev.dslfix.server.config.ConfigException;
import dev.dslfix.server.config.ConfigParser;
import dev.dslfix.server.config.DslfixConfig;
import dev.dslfix.server.core.LanguageSetup;
import dev.dslfix.server.model.ModelManager;
import dev.dslfix.server.model.ModelSettings;
import dev.dslfix.server.repair.RepairEngine;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.function.IntConsumer;
import org.eclipse.lsp4j.ClientCapabilities;
import org.eclipse.lsp4j.CodeActionKind;
import org.eclipse.lsp4j.CodeActionOptions;
import org.eclipse.lsp4j.DiagnosticRegistrationOptions;
import org.eclipse.lsp4j.InitializeParams;
import org.eclipse.lsp4j.InitializeResult;
import org.eclipse.lsp4j.InitializedParams;
import org.eclipse.lsp4j.MessageParams;
import org.eclipse.lsp4j.MessageType;
import org.eclipse.lsp4j.PublishDiagnosticsParams;
import org.eclipse.lsp4j.ServerCapabilities;
import org.eclipse.lsp4j.ServerInfo;
import org.eclipse.lsp4j.TextDocumentSyncKind;
import org.eclipse.lsp4j.TextDocumentSyncOptions;
import org.eclipse.lsp4j.WorkspaceFolder;
import org.eclipse.lsp4j.services.LanguageClient;
import org.eclipse.lsp4j.services.LanguageClientAware;
import org.eclipse.lsp4j.services.LanguageServer;
import org.eclipse.lsp4j.services.TextDocumentService;
import org.eclipse.lsp4j.services.WorkspaceService;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The dslfix language server: lifecycle, configuration, and the glue between the document
 * service and the diagnostics engine. All handlers return quickly; analysis runs on workers.
 */
public final class DslfixLanguageServer implements LanguageServer, LanguageClientAware {
    private static final Logger LOG = LoggerFactory.getLogger(DslfixLanguageServer.class);
    /** How often grammar files are checked for changes when the client does not watch them for us. */
    private static final long GRAMMAR_POLL_MILLIS = 2000;

    private final IntConsumer onExit;
    private final Map<String, OpenDocument> documents = new ConcurrentHashMap<>();
    private final DslfixTextDocumentService textService;
    private final DslfixWorkspaceService workspaceService;
    private final DiagnosticsEngine diagnostics;
    private final CodeActionProvider codeActions;
    private final ScheduledExecutorService poller = Executors.newSingleThreadScheduledExecutor(r -> {
        Thread t = new Thread(r, "dslfix-grammar-watch");
        t.setDaemon(true);
        return t;
    });
    private volatile LanguageClient client;
    private volatile WorkspaceState state;
    private volatile Path root;
    private volatile JsonObject clientSettings = new JsonObject();
    private volatile boolean shutdown;
    private volatile boolean pullDiagnostics;
    private volatile boolean refreshSupport;
    private volatile ModelManager models;
    private volatile ModelSettings modelSettings;

    /**
     * @param onExit what the {@code exit} notification does with its exit code (0 after shutdown, else 1):
     *               the stdio launcher exits the process; tests and TCP connections do not
     */
    public DslfixLanguageServer(IntConsumer onExit) {
        this.onExit = onExit;
        this.state = new WorkspaceState(DslfixConfig.defaults(Path.of("").toAbsolutePath()),
                LanguageSetup.lenient(DslfixConfig.defaults(Path.of("").toAbsolutePath())));
        this.diagnostics = new DiagnosticsEngine(documents::get, () -> state, this::publish);
        this.codeActions = new CodeActionProvider(this);
        this.textService = new DslfixTextDocumentService(this);
        this.workspaceService = new DslfixWorkspaceService(this);
    }

    @Override
    public void connect(LanguageClient client) {
        this.client = client;
    }

    /** One daemon thread loads models, so a load (seconds) never holds a shared pool. */
    private final java.util.concurrent.ExecutorService modelLoader = java.util.concurrent.Executors.newSingleThreadExecutor(r -> {
        Thread t = new Thread(r, "dslfix-model-loader");
        t.setDaemon(true);
        return t;
    });

    /** dslfix/modelStatus, to clients that know it (plain LanguageClients do not). */
    private void modelStatus(ModelStatus status) {
        if (client instanceof DslfixClient c) {
            try {
                c.modelStatus(status);
            } catch (RuntimeException e) {
                LOG.debug("modelStatus not sent: {}", e.toString());
            }
        }
    }

    /**
     * Loads the document's language model in the background when it has one, so the first
     * repair does not wait for it and the status shows the model early. Never on the reader thread.
     */
    void warmModel(OpenDocument doc) {
        ModelManager m = models;
        if (m == null || !m.enabled()) {
            return;
        }
        state.languageFor(doc).ifPresent(language -> {
            try {
                modelLoader.execute(() -> m.repairer(language));
            } catch (java.util.concurrent.RejectedExecutionException e) {
                // shutting down
            }
        });
    }

    @Override
    public CompletableFuture<InitializeResult> initialize(InitializeParams params) {
        root = workspaceRoot(params);
        if (params.getInitializationOptions() instanceof JsonObject options) {
            clientSettings = options.has("dslfix") && options.get("dslfix").isJsonObject()
                    ? options.getAsJsonObject("dslfix") : options;
        }
        reloadConfiguration();
        pullDiagnostics = supportsPull(params.getCapabilities());
        ClientCapabilities cc = params.getCapabilities();
        refreshSupport = cc != null && cc.getWorkspace() != null && cc.getWorkspace().getDiagnostics() != null
                && Boolean.TRUE.equals(cc.getWorkspace().getDiagnostics().getRefreshSupport());
        codeActions.configure(supportsResolve(params.getCapabilities()), supportsDocumentChanges(params.getCapabilities()));

        ServerCapabilities caps = new ServerCapabilities();
        TextDocumentSyncOptions sync = new TextDocumentSyncOptions();
        sync.setOpenClose(true);
        sync.setChange(TextDocumentSyncKind.Incremental);
        caps.setTextDocumentSync(sync);
        caps.setPositionEncoding("utf-16");
        CodeActionOptions actions = new CodeActionOptions(List.of(CodeActionKind.QuickFix));
        actions.setResolveProvider(true);
        caps.setCodeActionProvider(actions);
        if (pullDiagnostics) {
            DiagnosticRegistrationOptions pull = new DiagnosticRegistrationOptions(false, false);
            pull.setIdentifier("dslfix");
            caps.setDiagnosticProvider(pull);
        }
        return CompletableFuture.completedFuture(new InitializeResult(caps, new ServerInfo("dslfix", serverVersion())));
    }

    @Override
    public void initialized(InitializedParams params) {
        poller.scheduleWithFixedDelay(this::refreshGrammars, GRAMMAR_POLL_MILLIS, GRAMMAR_POLL_MILLIS, TimeUnit.MILLISECONDS);
    }

    @Override
    public CompletableFuture<Object> shutdown() {
        shutdown = true;
        poller.shutdownNow();
        diagnostics.shutdown();
        codeActions.shutdown();
        closeModelsAfterLoads();
        return CompletableFuture.completedFuture(null);
    }

    /**
     * How long {@code exit} waits for a model load or a model close in progress. The
     * deep-learning engine's native teardown at process exit can hang on a thread that is still
     * inside the engine; a load takes a few seconds.
     */
    private static final long EXIT_GRACE_SECONDS = 10;

    @Override
    public void exit() {
        poller.shutdownNow();
        diagnostics.shutdown();
        codeActions.shutdown();
        closeModelsAfterLoads();
        try {
            if (!modelLoader.awaitTermination(EXIT_GRACE_SECONDS, TimeUnit.SECONDS)) {
                LOG.warn("a model was still loading after {} s; exiting anyway", EXIT_GRACE_SECONDS);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        onExit.accept(shutdown ? 0 : 1);
    }

    /** Closes the models on the loader's thread, after any load in progress; once: later calls do nothing. */
    private void closeModelsAfterLoads() {
        if (modelLoader.isShutdown()) {
            return;
        }
        ModelManager m = models;
        try {
            modelLoader.execute(() -> {
                if (m != null) {
                    m.close();
                }
            });
        } catch (java.util.concurrent.RejectedExecutionException e) {
            // another thread closed it just now
        }
        modelLoader.shutdown();
    }

    /** Whether no model load or close is in progress or queued, and none can start. */
    boolean modelsSettled() {
        return modelLoader.isTerminated();
    }

    boolean isShutdown() {
        return shutdown;
    }

    @Override
    public TextDocumentService getTextDocumentService() {
        return textService;
    }

    @Override
    public WorkspaceService getWorkspaceService() {
        return workspaceService;
    }

    // ------------------------------------------------------------------ shared state

    Map<String, OpenDocument> documents() {
        return documents;
    }

    DiagnosticsEngine diagnosticsEngine() {
        return diagnostics;
    }

    CodeActionProvider codeActionProvider() {
        return codeActions;
    }

    WorkspaceState state() {
        return state;
    }

    /**
     * Clients that pull diagnostics get them only by pulling: VS Code's client keeps pushed and
     * pulled diagnostics in separate collections and would show every problem twice.
     */
    boolean pushesDiagnostics() {
        return !pullDiagnostics;
    }

    /**
     * Runs configuration work on the grammar-watch thread, in order with the grammar polls and
     * with each other; after shutdown it is dropped.
     */
    void offReaderThread(Runnable work) {
        try {
            poller.execute(() -> {
                try {
                    work.run();
                } catch (RuntimeException e) {
                    LOG.warn("configuration reload failed", e);
                }
            });
        } catch (java.util.concurrent.RejectedExecutionException e) {
            LOG.debug("configuration change after shutdown ignored");
        }
    }

    void settingsChanged(JsonElement settings) {
        if (!(settings instanceof JsonObject o) || !o.has("dslfix") || !o.get("dslfix").isJsonObject()) {
            return;
        }
        JsonObject merged = ConfigParser.merge(clientSettings, o.getAsJsonObject("dslfix"));
        if (merged.equals(clientSettings)) {
            return;
        }
        clientSettings = merged;
        reloadConfiguration();
        reanalyseAll();
    }

    /** A watched file changed: configuration or grammar. */
    void filesChanged(List<String> uris) {
        if (uris.stream().anyMatch(u -> u.endsWith("/" + DslfixConfig.FILE_NAME))) {
            reloadConfiguration();
            reanalyseAll();
        } else {
            refreshGrammars();
        }
    }

    void scheduleDiagnostics(String uri, boolean immediately) {
        diagnostics.schedule(uri, immediately ? 0 : state.config().debounceMillis());
    }

    private void reanalyseAll() {
        diagnostics.invalidateAll();
        refreshPulled();
        documents.keySet().forEach(uri -> scheduleDiagnostics(uri, true));
    }

    private void refreshGrammars() {
        try {
            for (Language language : state.registry().all()) {
                if (language instanceof RuntimeGrammarLanguage runtime && runtime.refresh()) {
                    diagnostics.invalidateAll();
                    refreshPulled();
                    reportGrammarProblems(runtime);
                    documents.values().stream()
                            .filter(d -> state.languageFor(d).map(l -> l.id().equals(runtime.id())).orElse(false))
                            .forEach(d -> scheduleDiagnostics(d.uri(), true));
                }
            }
        } catch (RuntimeException e) {
            LOG.warn("grammar refresh failed", e);
        }
    }

    private void reloadConfiguration() {
        Path base = root != null ? root : Path.of("").toAbsolutePath();
        JsonObject merged = new JsonObject();
        Path file = base.resolve(DslfixConfig.FILE_NAME);
        try {
            if (Files.isRegularFile(file)) {
                merged = ConfigParser.readObject(file);
            }
            merged = ConfigParser.merge(merged, clientSettings);
            DslfixConfig config = ConfigParser.parse(merged, base, Files.isRegularFile(file) ? file.toString() : "settings");
            state = new WorkspaceState(config, LanguageSetup.lenient(config));
            if (models == null || !config.model().equals(modelSettings)) {
                // Models stay resident across configuration reloads unless their settings change.
                ModelManager old = models;
                ModelManager manager = new ModelManager(config.model(), warning -> {
                    LOG.warn(warning);
                    message(MessageType.Warning, "dslfix: " + warning);
                    modelStatus(new ModelStatus("error", null, List.of(), warning));
                });
                manager.onLoaded(id -> modelStatus(new ModelStatus("ready", manager.residentDevice(), manager.residentLanguages(), null)));
                models = manager;
                modelSettings = config.model();
                codeActions.useEngine(new RepairEngine(models));
                if (old != null) {
                    old.close();
                }
            }
            for (Language language : state.registry().all()) {
                if (language instanceof RuntimeGrammarLanguage runtime) {
                    reportGrammarProblems(runtime);
                }
            }
        } catch (ConfigException e) {
            LOG.warn("configuration not used: {}", e.getMessage());
            message(MessageType.Error, "dslfix: " + e.getMessage());
        }
    }

    private void reportGrammarProblems(RuntimeGrammarLanguage language) {
        List<GrammarProblem> errors = language.problems().stream().filter(GrammarProblem::error).toList();
        if (!errors.isEmpty()) {
            message(MessageType.Error, "dslfix: the grammar of '" + language.id() + "' does not load: " + errors.get(0).format());
        }
    }

    void message(MessageType type, String text) {
        LanguageClient c = client;
        if (c != null) {
            c.showMessage(new MessageParams(type, text));
        }
    }

    /** Languages changed: a pulling client must pull again (where it supports being asked). */
    private void refreshPulled() {
        LanguageClient c = client;
        if (c != null && pullDiagnostics && refreshSupport) {
            c.refreshDiagnostics().exceptionally(e -> null);
        }
    }

    private void publish(DiagnosticsEngine.Published p) {
        LanguageClient c = client;
        if (c != null && !shutdown && pushesDiagnostics()) {
            c.publishDiagnostics(new PublishDiagnosticsParams(p.uri(), LspDiagnostics.convert(p.text(), p.diagnostics()), p.version()));
        }
    }

    void clearDiagnostics(String uri) {
        LanguageClient c = client;
        if (c != null && pushesDiagnostics()) {
            c.publishDiagnostics(new PublishDiagnosticsParams(uri, List.of()));
        }
    }

    private static boolean supportsResolve(ClientCapabilities caps) {
        var ca = caps == null || caps.getTextDocument() == null ? null : caps.getTextDocument().getCodeAction();
        return ca != null && ca.getResolveSupport() != null && ca.getResolveSupport().getProperties() != null
                && ca.getResolveSupport().getProperties().contains("edit");
    }

    private static boolean supportsDocumentChanges(ClientCapabilities caps) {
        return caps != null && caps.getWorkspace() != null && caps.getWorkspace().getWorkspaceEdit() != null
                && Boolean.TRUE.equals(caps.getWorkspace().getWorkspaceEdit().getDocumentChanges());
    }

    private static boolean supportsPull(ClientCapabilities caps) {
        return caps != null && caps.getTextDocument() != null && caps.getTextDocument().getDiagnostic() != null;
    }

    @SuppressWarnings("deprecation")
    private static Path workspaceRoot(InitializeParams params) {
        try {
            List<WorkspaceFolder> folders = params.getWorkspaceFolders();
            if (folders != null && !folders.isEmpty()) {
                return Path.of(URI.create(folders.get(0).getUri()));
            }
            if (params.getRootUri() != null) {
                return Path.of(URI.create(params.getRootUri()));
            }
            if (params.getRootPath() != null) {
                return Path.of(params.getRootPath());
            }
        } catch (RuntimeException e) {
            LOG.warn("workspace root not usable: {}", e.toString());
        }
        return null;
    }

    private static String serverVersion() {
        String v = DslfixLanguageServer.class.getPackage().getImplementationVersion();
        return v != null ? v : "dev";
    }
}
