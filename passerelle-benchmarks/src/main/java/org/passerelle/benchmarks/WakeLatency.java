package org.passerelle.benchmarks;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.util.Arrays;
import java.util.concurrent.SynchronousQueue;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.locks.LockSupport;

/**
 * What one hand-over between threads costs on this machine, when it is busy and after the idle
 * gap that separates requests at a given rate: the floor under every hop a request makes (client
 * to gateway, gateway to model server and back). One thread stamps the time and wakes another,
 * which stamps the time it runs: {@code unpark} of a platform thread, of a virtual thread, and one
 * byte over loopback TCP read by a platform thread and by a virtual thread. Reports p50 and p90 in
 * microseconds for back-to-back hand-overs and for hand-overs after {@code GAP_MS} of idleness.
 *
 * <p>Run from the repository root:
 * {@code java -cp passerelle-benchmarks/target/benchmarks.jar org.passerelle.benchmarks.WakeLatency [GAP_MS] [COUNT]}
 * (defaults {@code 20 300}).
 */
public final class WakeLatency {

    private WakeLatency() {
    }

    public static void main(String[] args) throws Exception {
        int gapMillis = args.length > 0 ? Integer.parseInt(args[0]) : 20;
        int count = args.length > 1 ? Integer.parseInt(args[1]) : 300;
        System.out.printf("one hand-over between two threads, µs (p50 / p90): back-to-back, then after %d ms idle%n",
                gapMillis);
        for (String kind : new String[] {"unpark platform thread", "unpark virtual thread", "loopback TCP, platform reader",
                "loopback TCP, virtual reader"}) {
            measure(kind, 2_000, 0); // warm-up
            double[] busy = measure(kind, count * 5, 0);
            double[] idle = measure(kind, count, gapMillis);
            System.out.printf("%-32s %8.1f / %-8.1f %8.1f / %-8.1f%n", kind, busy[0], busy[1], idle[0], idle[1]);
        }
    }

    /** p50 and p90 of {@code count} hand-overs of the given kind, {@code gapMillis} apart. */
    private static double[] measure(String kind, int count, int gapMillis) throws Exception {
        long[] latencies = new long[count];
        boolean virtual = kind.contains("virtual");
        if (kind.startsWith("unpark")) {
            SynchronousQueue<Long> stamps = new SynchronousQueue<>();
            AtomicLong sent = new AtomicLong();
            Thread waiter = (virtual ? Thread.ofVirtual() : Thread.ofPlatform()).start(() -> {
                for (int i = 0; i < count; i++) {
                    while (sent.get() == 0) {
                        LockSupport.park();
                    }
                    long woke = System.nanoTime();
                    long at = sent.getAndSet(0);
                    try {
                        stamps.put(woke - at);
                    } catch (InterruptedException e) {
                        return;
                    }
                }
            });
            for (int i = 0; i < count; i++) {
                pause(gapMillis);
                sent.set(System.nanoTime());
                LockSupport.unpark(waiter);
                latencies[i] = stamps.take();
            }
            waiter.join();
        } else {
            try (ServerSocket server = new ServerSocket(0, 1, InetAddress.getLoopbackAddress());
                 Socket client = new Socket(InetAddress.getLoopbackAddress(), server.getLocalPort());
                 Socket accepted = server.accept()) {
                client.setTcpNoDelay(true);
                accepted.setTcpNoDelay(true);
                SynchronousQueue<Long> stamps = new SynchronousQueue<>();
                AtomicLong sent = new AtomicLong();
                Thread reader = (virtual ? Thread.ofVirtual() : Thread.ofPlatform()).start(() -> {
                    try (InputStream in = accepted.getInputStream()) {
                        for (int i = 0; i < count; i++) {
                            if (in.read() < 0) {
                                return;
                            }
                            stamps.put(System.nanoTime() - sent.get());
                        }
                    } catch (IOException | InterruptedException e) {
                        // the measurement ends with the socket
                    }
                });
                OutputStream out = client.getOutputStream();
                for (int i = 0; i < count; i++) {
                    pause(gapMillis);
                    sent.set(System.nanoTime());
                    out.write(1);
                    out.flush();
                    latencies[i] = stamps.take();
                }
                reader.join();
            }
        }
        Arrays.sort(latencies);
        return new double[] {latencies[count / 2] / 1e3, latencies[count * 9 / 10] / 1e3};
    }

    private static void pause(int millis) throws InterruptedException {
        if (millis > 0) {
            Thread.sleep(millis);
        }
    }
}
