package dev.vigil.fakecloud;

import com.sun.net.httpserver.HttpServer;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/** What every fake cloud server (AWS, GCP, Azure) needs from the JDK's HTTP server. */
public final class LoopbackServers {
    private LoopbackServers() {
    }

    /**
     * Without TCP_NODELAY the JDK server's separate header/body writes meet the client's delayed ACK and every call
     * costs ~40 ms. The JDK reads this property once, when its server classes load: call this before creating one.
     */
    public static void noDelay() {
        if (System.getProperty("sun.net.httpserver.nodelay") == null) {
            System.setProperty("sun.net.httpserver.nodelay", "true");
        }
    }

    /** A pool of numbered daemon threads that serve calls. */
    public static ExecutorService executor(String prefix, int threads) {
        AtomicInteger n = new AtomicInteger();
        return Executors.newFixedThreadPool(threads, r -> {
            Thread t = new Thread(r, prefix + "-" + n.incrementAndGet());
            t.setDaemon(true);
            return t;
        });
    }

    public static void stop(HttpServer server, ExecutorService executor) {
        server.stop(0);
        executor.shutdownNow();
        try {
            executor.awaitTermination(5, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
