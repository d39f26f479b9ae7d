package org.passerelle.upstream.embedded;

import de.kherud.llama.InferenceParameters;
import de.kherud.llama.LlamaIterator;
import de.kherud.llama.LlamaModel;
import de.kherud.llama.LlamaOutput;
import de.kherud.llama.args.LogFormat;
import de.kherud.llama.ModelParameters;
import de.kherud.llama.Pair;
import org.passerelle.PasserelleException;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.BooleanSupplier;
import java.util.function.Consumer;

/**
 * A GGUF model run in the gateway's own process by llama.cpp, through its Java binding
 * ({@code de.kherud:llama}, which carries the native library). One generation at a time (the
 * binding's server has one slot); tokens are handed over as they come and a generation stops as
 * soon as its caller is gone. Nothing is downloaded: the model file is given.
 *
 * <p>Pitfall of the binding, found here: loading the model attaches a native worker thread to the
 * JVM as a non-daemon thread that {@link #close()} does not end, so a JVM that relies on its last
 * non-daemon thread ending never exits. Passerelle's command line always ends with
 * {@code System.exit}, so the gateway stops; embedders of this class must do the same.
 */
public final class EmbeddedModel implements AutoCloseable {

    /** A chat turn. */
    public record Message(String role, String content) {
    }

    /** What one generation produced. */
    public record Generation(int promptTokens, int completionTokens, boolean cancelled) {
    }

    static {
        // llama.cpp writes its loading log to stderr; none of it is needed (and prompts are never logged).
        LlamaModel.setLogger(LogFormat.TEXT, (level, message) -> { });
    }

    private final LlamaModel model;
    private final GgufFile file;
    private final Object lock = new Object();
    private final AtomicLong cancellations = new AtomicLong();
    private volatile boolean closed;

    private EmbeddedModel(LlamaModel model, GgufFile file) {
        this.model = model;
        this.file = file;
    }

    /** Loads a GGUF file (checked first, so that a wrong file is a clear error rather than a native crash). */
    public static EmbeddedModel load(Path path, int threads, int contextLength) {
        GgufFile file = GgufFile.read(path);
        // disableLog: llama.cpp's own log (loading details, slot activity) goes nowhere; it never needs prompts.
        ModelParameters parameters = new ModelParameters().setModel(path.toString()).disableLog().setThreads(Math.max(1, threads))
                .setCtxSize(contextLength > 0 ? contextLength : (int) Math.min(Math.max(file.contextLength(), 512), 8192));
        try {
            return new EmbeddedModel(new LlamaModel(parameters), file);
        } catch (RuntimeException | UnsatisfiedLinkError e) {
            throw new PasserelleException(PasserelleException.Kind.UNAVAILABLE, "model-not-loaded",
                    path + ": llama.cpp could not load this model (" + e.getClass().getSimpleName() + ")");
        }
    }

    public GgufFile file() {
        return file;
    }

    /**
     * Generates an answer to a conversation, handing each piece of text to {@code sink} as it
     * comes; stops at {@code maxTokens}, at the end of the answer, or as soon as {@code gone} says
     * the caller left.
     */
    public Generation chat(List<Message> messages, int maxTokens, Double temperature, Consumer<String> sink,
                           BooleanSupplier gone) {
        String system = messages.stream().filter(m -> m.role().equals("system")).map(Message::content).reduce((a, b) -> a + "\n" + b)
                .orElse(null);
        List<Pair<String, String>> turns = messages.stream().filter(m -> !m.role().equals("system"))
                .map(m -> new Pair<>(m.role().equals("assistant") ? "assistant" : "user", m.content())).toList();
        synchronized (lock) {
            if (closed) {
                throw new PasserelleException(PasserelleException.Kind.UNAVAILABLE, "model-closed", "the embedded model is closed");
            }
            InferenceParameters inference = new InferenceParameters("").setMessages(system, turns).setUseChatTemplate(true)
                    .setNPredict(maxTokens).setTemperature(temperature == null ? 0.7f : temperature.floatValue());
            String prompt = model.applyTemplate(inference);
            int promptTokens = model.encode(prompt).length;
            inference.setPrompt(prompt);
            LlamaIterator iterator = model.generate(inference).iterator();
            int tokens = 0;
            while (iterator.hasNext()) {
                if (gone.getAsBoolean()) {
                    iterator.cancel();
                    cancellations.incrementAndGet();
                    return new Generation(promptTokens, tokens, true);
                }
                LlamaOutput output = iterator.next();
                tokens++;
                if (!output.text.isEmpty()) {
                    sink.accept(output.text);
                }
            }
            // llama.cpp predicts at most maxTokens; a generation that reaches them ends with one more
            // output, the stop message, which is no token (a run of ./test counted 17 of 16)
            return new Generation(promptTokens, maxTokens > 0 ? Math.min(tokens, maxTokens) : tokens, false);
        }
    }

    /** How many generations stopped because their caller left. */
    public long cancellations() {
        return cancellations.get();
    }

    @Override
    public void close() {
        synchronized (lock) {
            if (!closed) {
                closed = true;
                model.close();
            }
        }
    }
}
