package org.passerelle.testing;

import java.io.BufferedOutputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;

/**
 * Writes a tiny Llama-architecture model in GGUF (version 3) with random weights: 2 layers,
 * 64-wide, 4 heads, a SentencePiece vocabulary of 327 tokens (control tokens, the 256 byte tokens,
 * a few words and letters), about 120,000 parameters in F32, half a megabyte. llama.cpp loads it,
 * tokenises, and generates (gibberish), so that the embedded provider is exercised for real.
 */
public final class TinyGguf {

    private static final int ALIGN = 32;
    public static final int EMBEDDING = 64;
    public static final int LAYERS = 2;
    public static final int FEED_FORWARD = 128;

    private record Tensor(String name, long[] dims, float[] data) {
    }

    private TinyGguf() {
    }

    /** Writes the model; returns its number of parameters. */
    public static long write(Path file, long seed) throws IOException {
        int heads = 4;
        List<String> tokens = new ArrayList<>(List.of("<unk>", "<s>", "</s>"));
        List<Integer> types = new ArrayList<>(List.of(2, 3, 3));
        for (int b = 0; b < 256; b++) {
            tokens.add(String.format("<0x%02X>", b));
            types.add(6);
        }
        for (String word : new String[] {"▁", "▁le", "▁la", "▁de", "▁et", "▁un", "▁une", "▁the", "▁of", "▁and", "▁to",
                "▁patient", "▁model", "▁data", "▁bonjour", "▁hello"}) {
            tokens.add(word);
            types.add(1);
        }
        for (char c = 'a'; c <= 'z'; c++) {
            tokens.add(String.valueOf(c));
            types.add(1);
            tokens.add("▁" + c);
            types.add(1);
        }
        int vocabulary = tokens.size();
        float[] scores = new float[vocabulary];
        for (int i = 0; i < vocabulary; i++) {
            scores[i] = types.get(i) == 1 ? -i : 0f;
        }
        Random random = new Random(seed);
        List<Tensor> tensors = new ArrayList<>();
        tensors.add(new Tensor("token_embd.weight", new long[] {EMBEDDING, vocabulary}, random(random, EMBEDDING * vocabulary)));
        tensors.add(new Tensor("output_norm.weight", new long[] {EMBEDDING}, ones(EMBEDDING)));
        tensors.add(new Tensor("output.weight", new long[] {EMBEDDING, vocabulary}, random(random, EMBEDDING * vocabulary)));
        for (int layer = 0; layer < LAYERS; layer++) {
            String block = "blk." + layer + ".";
            tensors.add(new Tensor(block + "attn_norm.weight", new long[] {EMBEDDING}, ones(EMBEDDING)));
            for (String name : new String[] {"attn_q", "attn_k", "attn_v", "attn_output"}) {
                tensors.add(new Tensor(block + name + ".weight", new long[] {EMBEDDING, EMBEDDING}, random(random, EMBEDDING * EMBEDDING)));
            }
            tensors.add(new Tensor(block + "ffn_norm.weight", new long[] {EMBEDDING}, ones(EMBEDDING)));
            tensors.add(new Tensor(block + "ffn_gate.weight", new long[] {EMBEDDING, FEED_FORWARD}, random(random, EMBEDDING * FEED_FORWARD)));
            tensors.add(new Tensor(block + "ffn_down.weight", new long[] {FEED_FORWARD, EMBEDDING}, random(random, EMBEDDING * FEED_FORWARD)));
            tensors.add(new Tensor(block + "ffn_up.weight", new long[] {EMBEDDING, FEED_FORWARD}, random(random, EMBEDDING * FEED_FORWARD)));
        }
        ByteArrayOutputStream metadata = new ByteArrayOutputStream();
        Writer meta = new Writer(metadata);
        meta.string("general.architecture", "llama");
        meta.string("general.name", "passerelle-test-random");
        meta.u32("general.file_type", 0);
        meta.u32("llama.context_length", 512);
        meta.u32("llama.embedding_length", EMBEDDING);
        meta.u32("llama.block_count", LAYERS);
        meta.u32("llama.feed_forward_length", FEED_FORWARD);
        meta.u32("llama.attention.head_count", heads);
        meta.u32("llama.attention.head_count_kv", heads);
        meta.u32("llama.rope.dimension_count", EMBEDDING / heads);
        meta.f32("llama.attention.layer_norm_rms_epsilon", 1e-5f);
        meta.string("tokenizer.ggml.model", "llama");
        meta.strings("tokenizer.ggml.tokens", tokens);
        meta.f32s("tokenizer.ggml.scores", scores);
        meta.i32s("tokenizer.ggml.token_type", types);
        meta.u32("tokenizer.ggml.bos_token_id", 1);
        meta.u32("tokenizer.ggml.eos_token_id", 2);
        meta.u32("tokenizer.ggml.unknown_token_id", 0);
        meta.string("tokenizer.chat_template", "{% for m in messages %}<|{{ m['role'] }}|>{{ m['content'] }}\n{% endfor %}"
                + "{% if add_generation_prompt %}<|assistant|>{% endif %}");
        int entries = 19;
        ByteArrayOutputStream head = new ByteArrayOutputStream();
        Writer out = new Writer(head);
        out.u32(0x46554747);
        out.u32(3);
        out.u64(tensors.size());
        out.u64(entries);
        head.write(metadata.toByteArray());
        long offset = 0;
        long parameters = 0;
        for (Tensor tensor : tensors) {
            out.text(tensor.name());
            out.u32(tensor.dims().length);
            for (long d : tensor.dims()) {
                out.u64(d);
            }
            out.u32(0); // F32
            out.u64(offset);
            offset += padded((long) tensor.data().length * 4);
            parameters += tensor.data().length;
        }
        while (head.size() % ALIGN != 0) {
            head.write(0);
        }
        try (OutputStream sink = new BufferedOutputStream(Files.newOutputStream(file))) {
            sink.write(head.toByteArray());
            for (Tensor tensor : tensors) {
                ByteBuffer buffer = ByteBuffer.allocate((int) padded((long) tensor.data().length * 4)).order(ByteOrder.LITTLE_ENDIAN);
                for (float f : tensor.data()) {
                    buffer.putFloat(f);
                }
                sink.write(buffer.array());
            }
        }
        return parameters;
    }

    private static long padded(long n) {
        return (n + ALIGN - 1) / ALIGN * ALIGN;
    }

    private static float[] random(Random random, int n) {
        float[] values = new float[n];
        for (int i = 0; i < n; i++) {
            values[i] = (float) (random.nextGaussian() * 0.05);
        }
        return values;
    }

    private static float[] ones(int n) {
        float[] values = new float[n];
        Arrays.fill(values, 1f);
        return values;
    }

    /** Little-endian GGUF values. */
    private record Writer(OutputStream out) {
        private void raw(ByteBuffer buffer) {
            try {
                out.write(buffer.array(), 0, buffer.position());
            } catch (IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
        }

        void u32(int value) {
            raw(ByteBuffer.allocate(4).order(ByteOrder.LITTLE_ENDIAN).putInt(value));
        }

        void u64(long value) {
            raw(ByteBuffer.allocate(8).order(ByteOrder.LITTLE_ENDIAN).putLong(value));
        }

        void f32(float value) {
            raw(ByteBuffer.allocate(4).order(ByteOrder.LITTLE_ENDIAN).putFloat(value));
        }

        void text(String value) {
            byte[] bytes = value.getBytes(StandardCharsets.UTF_8);
            u64(bytes.length);
            raw(ByteBuffer.wrap(bytes).position(bytes.length));
        }

        void string(String key, String value) {
            text(key);
            u32(8);
            text(value);
        }

        void u32(String key, int value) {
            text(key);
            u32(4);
            u32(value);
        }

        void f32(String key, float value) {
            text(key);
            u32(6);
            f32(value);
        }

        void strings(String key, List<String> values) {
            text(key);
            u32(9);
            u32(8);
            u64(values.size());
            values.forEach(this::text);
        }

        void f32s(String key, float[] values) {
            text(key);
            u32(9);
            u32(6);
            u64(values.length);
            for (float v : values) {
                f32(v);
            }
        }

        void i32s(String key, List<Integer> values) {
            text(key);
            u32(9);
            u32(5);
            u64(values.size());
            values.forEach(this::u32);
        }
    }
}
