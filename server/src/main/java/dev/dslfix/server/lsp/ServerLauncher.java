package dev.dslfix.server.lsp;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.eclipse.lsp4j.jsonrpc.Launcher;
import org.eclipse.lsp4j.launch.LSPLauncher;
import org.eclipse.lsp4j.services.LanguageClient;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Starts the server over a pair of streams (stdio) or on a loopback TCP port. */
public final class ServerLauncher {
    private static final Logger LOG = LoggerFactory.getLogger(ServerLauncher.class);

    private ServerLauncher() {
    }

    /** Serves one client on the streams until it exits or the input ends; returns the exit code. */
    public static int serve(InputStream in, OutputStream out, boolean exitProcess) {
        ExecutorService executor = Executors.newCachedThreadPool(r -> {
            Thread t = new Thread(r, "dslfix-jsonrpc");
            t.setDaemon(true);
            return t;
        });
        DslfixLanguageServer server = new DslfixLanguageServer(code -> {
            LOG.info("exit requested");
            if (exitProcess) {
                exitWithin(code, EXIT_HALT_SECONDS);
            }
        });
        Launcher<DslfixClient> launcher = new LSPLauncher.Builder<DslfixClient>()
                .setLocalService(server)
                .setRemoteInterface(DslfixClient.class)
                .setInput(in)
                .setOutput(out)
                .setExecutorService(executor)
                .create();
        server.connect(launcher.getRemoteProxy());
        Future<Void> listening = launcher.startListening();
        try {
            listening.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (ExecutionException e) {
            LOG.info("connection closed: {}", e.getCause().toString());
        }
        // The stream ended without shutdown+exit: the client went away.
        return server.isShutdown() ? 0 : 1;
    }

    /** How long the process may take to run its shutdown hooks before it is halted. */
    private static final long EXIT_HALT_SECONDS = 10;

    /**
     * Exits the process; if shutdown hooks (the libraries') have not let it end after
     * {@code seconds}, halts it: a client that sent exit must never be left with a live server.
     */
    static void exitWithin(int code, long seconds) {
        Thread watchdog = new Thread(() -> {
            try {
                Thread.sleep(seconds * 1000);
            } catch (InterruptedException e) {
                return;
            }
            System.err.println("dslfix: exit did not finish in " + seconds + " s; halting");
            Runtime.getRuntime().halt(code);
        }, "dslfix-exit-watchdog");
        watchdog.setDaemon(true);
        watchdog.start();
        System.exit(code);
    }

    /** Listens on 127.0.0.1:port and serves each client that connects, until the process ends. */
    public static void serveTcp(int port) throws IOException, InterruptedException {
        try (TcpServer server = listen(port)) {
            System.err.println("dslfix: listening on 127.0.0.1:" + server.port());
            server.acceptor.join();
        }
    }

    /** Starts accepting clients on 127.0.0.1:port (0 picks a free port); each gets its own server instance. */
    public static TcpServer listen(int port) throws IOException {
        ServerSocket socket = new ServerSocket(port, 50, InetAddress.getLoopbackAddress());
        LOG.info("dslfix language server listening on 127.0.0.1:{}", socket.getLocalPort());
        Thread acceptor = new Thread(() -> {
            while (!socket.isClosed()) {
                try {
                    Socket client = socket.accept();
                    Thread t = new Thread(() -> {
                        try (client) {
                            serve(client.getInputStream(), client.getOutputStream(), false);
                        } catch (IOException e) {
                            LOG.warn("client connection failed: {}", e.toString());
                        }
                    }, "dslfix-client-" + client.getPort());
                    t.setDaemon(true);
                    t.start();
                } catch (IOException e) {
                    if (!socket.isClosed()) {
                        LOG.warn("accept failed: {}", e.toString());
                    }
                }
            }
        }, "dslfix-accept");
        acceptor.start();
        return new TcpServer(socket, acceptor);
    }

    /** A listening loopback socket; closing it stops accepting new clients. */
    public record TcpServer(ServerSocket socket, Thread acceptor) implements AutoCloseable {
        public int port() {
            return socket.getLocalPort();
        }

        @Override
        public void close() throws IOException {
            socket.close();
        }
    }
}
