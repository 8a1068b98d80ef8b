package org.openanolis.governance.system;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicReference;

/**
 * A TCP relay between one node and the mail server that can swallow the server's answer to a finished message: the
 * server has the mail, the node never hears so and waits. That is the mail "caught mid-send" of DOMAIN.md's delivery
 * guarantee, made to happen on purpose instead of by luck.
 */
final class SmtpRelay implements AutoCloseable {

    private static final byte[] END_OF_DATA = "\r\n.\r\n".getBytes(StandardCharsets.US_ASCII);

    private final ServerSocket listener;
    private final int targetPort;
    private final AtomicBoolean swallowNextAcceptance = new AtomicBoolean();
    private final AtomicBoolean swallowed = new AtomicBoolean();
    private final AtomicReference<Runnable> beforeNextAcceptance = new AtomicReference<>();
    private final List<Socket> sockets = new CopyOnWriteArrayList<>();

    SmtpRelay(int targetPort) throws IOException {
        this.listener = new ServerSocket(0);
        this.targetPort = targetPort;
        Thread acceptor = new Thread(this::accept, "smtp-relay");
        acceptor.setDaemon(true);
        acceptor.start();
    }

    int port() {
        return listener.getLocalPort();
    }

    /** From now on, the next message the node finishes reaches the server, but the server's "250 OK" does not reach the node. */
    void swallowNextAcceptance() {
        swallowNextAcceptance.set(true);
    }

    /**
     * The next message the node finishes reaches the server, but the server's "250 OK" reaches the node only after
     * this action has run: something that happens to the node just as the mail server took a mail (its database
     * goes away, say).
     */
    void beforeNextAcceptance(Runnable action) {
        beforeNextAcceptance.set(action);
    }

    /** Whether a message has been handed over and its acceptance swallowed. */
    boolean swallowed() {
        return swallowed.get();
    }

    private void accept() {
        while (!listener.isClosed()) {
            try {
                Socket client = listener.accept();
                Socket server = new Socket("localhost", targetPort);
                sockets.add(client);
                sockets.add(server);
                AtomicBoolean deaf = new AtomicBoolean();
                AtomicReference<CountDownLatch> held = new AtomicReference<>();
                pump(client.getInputStream(), server.getOutputStream(), deaf, held, true);
                pump(server.getInputStream(), client.getOutputStream(), deaf, held, false);
            } catch (IOException closed) {
                return;
            }
        }
    }

    /** Copies one direction; the node's direction watches for a message's end, the server's goes quiet after it. */
    private void pump(InputStream in, OutputStream out, AtomicBoolean deaf, AtomicReference<CountDownLatch> held,
                      boolean fromNode) {
        Thread thread = new Thread(() -> {
            byte[] buffer = new byte[8192];
            int matched = 0;
            try {
                for (int n; (n = in.read(buffer)) >= 0; ) {
                    Runnable action = null;
                    CountDownLatch answerWaits = null;
                    if (fromNode) {
                        for (int i = 0; i < n; i++) {
                            matched = buffer[i] == END_OF_DATA[matched] ? matched + 1 : (buffer[i] == END_OF_DATA[0] ? 1 : 0);
                            if (matched == END_OF_DATA.length) {
                                matched = 0;
                                if (swallowNextAcceptance.compareAndSet(true, false)) {
                                    deaf.set(true);
                                    swallowed.set(true);
                                }
                                Runnable next = beforeNextAcceptance.getAndSet(null);
                                if (next != null) {
                                    action = next;
                                    // Set before the message's end goes on, so the server's answer finds it.
                                    answerWaits = new CountDownLatch(1);
                                    held.set(answerWaits);
                                }
                            }
                        }
                    } else if (deaf.get()) {
                        continue;
                    } else {
                        CountDownLatch waitFor = held.getAndSet(null);
                        if (waitFor != null) {
                            waitFor.await();
                        }
                    }
                    out.write(buffer, 0, n);
                    out.flush();
                    if (action != null) {
                        try {
                            action.run();
                        } finally {
                            answerWaits.countDown();
                        }
                    }
                }
            } catch (InterruptedException stopped) {
                Thread.currentThread().interrupt();
            } catch (IOException closed) {
                // Either side went away; the other side's pump ends on its own.
            }
        }, fromNode ? "smtp-relay-up" : "smtp-relay-down");
        thread.setDaemon(true);
        thread.start();
    }

    @Override
    public void close() throws IOException {
        listener.close();
        for (Socket socket : sockets) {
            socket.close();
        }
    }
}
