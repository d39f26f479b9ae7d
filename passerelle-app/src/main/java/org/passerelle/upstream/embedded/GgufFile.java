package org.passerelle.upstream.embedded;

import org.passerelle.PasserelleException;

import java.io.BufferedInputStream;
import java.io.DataInputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * What the gateway needs to know of a GGUF model file before loading it: that it is one, its
 * architecture and name, its context length and its number of parameters (the sum of its tensors'
 * elements), for the footprint estimate and the routing. Reads the header only.
 *
 * @param parameters total parameters (not billions)
 */
public record GgufFile(String architecture, String name, long contextLength, long parameters) {

    private static final int MAGIC = 0x46554747; // "GGUF", little-endian
    private static final long MAX_STRING = 1 << 24;
    private static final long MAX_COUNT = 1L << 32;

    /** Reads a GGUF header; a file that is not one is a clear error. */
    public static GgufFile read(Path file) {
        if (!Files.isRegularFile(file)) {
            throw invalid(file + ": no such model file");
        }
        try (DataInputStream in = new DataInputStream(new BufferedInputStream(Files.newInputStream(file), 1 << 16))) {
            if (Integer.reverseBytes(in.readInt()) != MAGIC) {
                throw invalid(file + ": not a GGUF model file");
            }
            int version = Integer.reverseBytes(in.readInt());
            if (version < 2 || version > 3) {
                throw invalid(file + ": GGUF version " + version + " is not supported (2 or 3)");
            }
            long tensors = u64(in);
            long entries = u64(in);
            if (tensors > MAX_COUNT || entries > MAX_COUNT) {
                throw invalid(file + ": not a GGUF model file (damaged header)");
            }
            String architecture = null;
            String name = null;
            long context = 0;
            for (long i = 0; i < entries; i++) {
                String key = string(in);
                int type = Integer.reverseBytes(in.readInt());
                if (key.equals("general.architecture") && type == 8) {
                    architecture = string(in);
                } else if (key.equals("general.name") && type == 8) {
                    name = string(in);
                } else if (key.endsWith(".context_length") && (type == 4 || type == 5 || type == 10 || type == 11)) {
                    context = type == 4 || type == 5 ? Integer.toUnsignedLong(Integer.reverseBytes(in.readInt())) : u64(in);
                } else {
                    skip(in, type);
                }
            }
            long parameters = 0;
            for (long t = 0; t < tensors; t++) {
                string(in);
                int dimensions = Integer.reverseBytes(in.readInt());
                if (dimensions < 1 || dimensions > 8) {
                    throw invalid(file + ": not a GGUF model file (damaged tensor table)");
                }
                long elements = 1;
                for (int d = 0; d < dimensions; d++) {
                    elements = Math.multiplyExact(elements, u64(in));
                }
                in.readInt(); // type
                u64(in); // offset
                parameters += elements;
            }
            if (architecture == null) {
                throw invalid(file + ": a GGUF file without general.architecture");
            }
            return new GgufFile(architecture, name, context, parameters);
        } catch (EOFException | ArithmeticException e) {
            throw invalid(file + ": not a GGUF model file (truncated or damaged)");
        } catch (IOException e) {
            throw new PasserelleException(PasserelleException.Kind.UNAVAILABLE, "unreadable-model",
                    file + ": cannot be read (" + e.getClass().getSimpleName() + ")");
        }
    }

    /** Parameters in billions, as the footprint method counts them. */
    public double billions() {
        return parameters / 1e9;
    }

    private static long u64(DataInputStream in) throws IOException {
        return Long.reverseBytes(in.readLong());
    }

    private static String string(DataInputStream in) throws IOException {
        long length = u64(in);
        if (length < 0 || length > MAX_STRING) {
            throw new EOFException();
        }
        return new String(in.readNBytes((int) length), StandardCharsets.UTF_8);
    }

    private static void skip(DataInputStream in, int type) throws IOException {
        switch (type) {
            case 0, 1, 7 -> skipBytes(in, 1);
            case 2, 3 -> skipBytes(in, 2);
            case 4, 5, 6 -> skipBytes(in, 4);
            case 10, 11, 12 -> skipBytes(in, 8);
            case 8 -> string(in);
            case 9 -> {
                int element = Integer.reverseBytes(in.readInt());
                long count = u64(in);
                if (count < 0 || count > MAX_COUNT) {
                    throw new EOFException();
                }
                for (long i = 0; i < count; i++) {
                    skip(in, element);
                }
            }
            default -> throw new EOFException();
        }
    }

    private static void skipBytes(InputStream in, long n) throws IOException {
        in.skipNBytes(n);
    }

    private static PasserelleException invalid(String message) {
        return new PasserelleException(PasserelleException.Kind.INVALID_INPUT, "invalid-model-file", message);
    }
}
