package org.passerelle.cli;

import java.io.PrintWriter;
import java.util.Locale;

/**
 * A progress line for long runs on standard error ({@code 41/100 files, 12.3 MB, 3.4 MB/s}),
 * redrawn at most twice a second, only when asked or when standard error is a terminal. Counts
 * only. Thread-safe.
 */
final class Progress {

    private static final long EVERY_NANOS = 500_000_000L;

    private final PrintWriter err;
    private final boolean shown;
    private final int total;
    private final long started = System.nanoTime();
    private int files;
    private long characters;
    private long drawn;

    Progress(PrintWriter err, boolean shown, int total) {
        this.err = err;
        this.shown = shown;
        this.total = total;
    }

    synchronized void done(long fileCharacters) {
        files++;
        characters += fileCharacters;
        long now = System.nanoTime();
        if (shown && (now - drawn >= EVERY_NANOS || files == total)) {
            drawn = now;
            double seconds = Math.max(1e-9, (now - started) / 1e9);
            err.printf(Locale.ROOT, "\r%d/%d files, %.1f MB, %.1f MB/s ", files, total, characters / 1e6, characters / 1e6 / seconds);
            err.flush();
        }
    }

    synchronized void finish() {
        if (shown && files > 0) {
            err.println();
            err.flush();
        }
    }
}
