package org.passerelle.api;

import java.time.Duration;

/**
 * The requests being handled, so that shutdown is graceful: once draining, new requests are
 * refused with 503 while those in flight (a stream included) finish, for a bounded time.
 */
final class InFlight {

    private int count;
    private boolean draining;

    /** Counts a request in; false when the gateway is shutting down. */
    synchronized boolean enter() {
        if (draining) {
            return false;
        }
        count++;
        return true;
    }

    synchronized void exit() {
        count--;
        if (count == 0) {
            notifyAll();
        }
    }

    /** Refuses new requests from now on and waits, at most {@code limit}, for those in flight. */
    synchronized void drain(Duration limit) {
        draining = true;
        long deadline = System.nanoTime() + limit.toNanos();
        try {
            while (count > 0) {
                long left = deadline - System.nanoTime();
                if (left <= 0) {
                    return;
                }
                wait(Math.max(1, left / 1_000_000));
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
