package dev.dslfix.models.slm;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDList;
import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.types.DataType;
import ai.djl.ndarray.types.Shape;
import ai.djl.ndarray.types.SparseFormat;
import ai.djl.nn.Activation;
import ai.djl.nn.core.Embedding;
import ai.djl.nn.norm.LayerNorm;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Random;

/**
 * The repair model: token embeddings, pre-LayerNorm transformer blocks (LayerNorm before
 * attention and before the feed-forward layer, residual around each; DJL's own encoder block
 * uses BatchNorm and another residual layout), then two heads: an edit tag per position, and a
 * pointer from each position to the position whose text a copy tag copies.
 *
 * <p>Parameters are plain named arrays, so saving, loading, the reference copy for RL and the
 * optimiser need no framework plumbing.
 */
public final class Network {
    private final SlmConfig config;
    private final int typeCount;
    private final int tagCount;
    private final Map<String, NDArray> params = new LinkedHashMap<>();

    /** What a forward pass gives: tag logits [B, L, T] and pointer logits [B, L, L]. */
    public record Output(NDArray tagLogits, NDArray pointerLogits) {
    }

    public Network(SlmConfig config, int typeCount, int tagCount, NDManager manager, long seed) {
        this.config = config;
        this.typeCount = typeCount;
        this.tagCount = tagCount;
        Random r = new Random(seed);
        int d = config.dim();
        add(manager, "embed.type", r, typeCount, d);
        add(manager, "embed.name", r, config.nameBuckets(), d);
        add(manager, "embed.position", r, config.positions(), d);
        add(manager, "embed.flag", r, 3, d);
        for (int l = 0; l < config.layers(); l++) {
            String p = "block" + l + ".";
            ones(manager, p + "ln1.gamma", d);
            zeros(manager, p + "ln1.beta", d);
            add(manager, p + "attn.q", r, d, d);
            add(manager, p + "attn.k", r, d, d);
            add(manager, p + "attn.v", r, d, d);
            add(manager, p + "attn.out", r, d, d);
            zeros(manager, p + "attn.out.bias", d);
            ones(manager, p + "ln2.gamma", d);
            zeros(manager, p + "ln2.beta", d);
            add(manager, p + "ffn.in", r, d, config.ffn());
            zeros(manager, p + "ffn.in.bias", config.ffn());
            add(manager, p + "ffn.out", r, config.ffn(), d);
            zeros(manager, p + "ffn.out.bias", d);
        }
        ones(manager, "final.gamma", d);
        zeros(manager, "final.beta", d);
        add(manager, "head.tag", r, d, tagCount);
        zeros(manager, "head.tag.bias", tagCount);
        add(manager, "head.pointer.q", r, d, d);
        add(manager, "head.pointer.k", r, d, d);
    }

    private Network(SlmConfig config, int typeCount, int tagCount) {
        this.config = config;
        this.typeCount = typeCount;
        this.tagCount = tagCount;
    }

    public SlmConfig config() {
        return config;
    }

    public Map<String, NDArray> parameters() {
        return params;
    }

    public long parameterCount() {
        return params.values().stream().mapToLong(NDArray::size).sum();
    }

    /**
     * @param types int [B, L] token type ids
     * @param names int [B, L] name buckets
     * @param flags int [B, L] where the checker found errors
     * @param mask  float [B, L], 1 for real positions
     */
    public Output forward(NDArray types, NDArray names, NDArray flags, NDArray mask) {
        long batch = types.getShape().get(0);
        long length = types.getShape().get(1);
        int d = config.dim();
        int h = config.heads();
        int dh = d / h;
        NDArray positions = p("embed.position").get("0:" + length).expandDims(0);
        NDArray x = embed(types, p("embed.type")).add(embed(names, p("embed.name"))).add(embed(flags, p("embed.flag"))).add(positions);
        // Additive mask: padding positions get no attention.
        NDManager m = types.getManager();
        NDArray padding = mask.sub(constant(m, 1f)).mul(constant(m, 1e9f));
        NDArray keyMask = padding.reshape(batch, 1, 1, length);
        for (int l = 0; l < config.layers(); l++) {
            String pre = "block" + l + ".";
            NDArray a = norm(x, p(pre + "ln1.gamma"), p(pre + "ln1.beta"));
            NDArray q = heads(a.matMul(p(pre + "attn.q")), batch, length, h, dh);
            NDArray k = heads(a.matMul(p(pre + "attn.k")), batch, length, h, dh);
            NDArray v = heads(a.matMul(p(pre + "attn.v")), batch, length, h, dh);
            NDArray scores = q.matMul(k.transpose(0, 1, 3, 2)).div(constant(m, (float) Math.sqrt(dh))).add(keyMask);
            NDArray attended = scores.softmax(-1).matMul(v).transpose(0, 2, 1, 3).reshape(batch, length, d);
            x = x.add(attended.matMul(p(pre + "attn.out")).add(p(pre + "attn.out.bias")));
            NDArray f = norm(x, p(pre + "ln2.gamma"), p(pre + "ln2.beta"));
            NDArray hidden = Activation.gelu(f.matMul(p(pre + "ffn.in")).add(p(pre + "ffn.in.bias")));
            x = x.add(hidden.matMul(p(pre + "ffn.out")).add(p(pre + "ffn.out.bias")));
        }
        x = norm(x, p("final.gamma"), p("final.beta"));
        NDArray tags = x.matMul(p("head.tag")).add(p("head.tag.bias"));
        NDArray pq = x.matMul(p("head.pointer.q"));
        NDArray pk = x.matMul(p("head.pointer.k"));
        NDArray pointer = pq.matMul(pk.transpose(0, 2, 1)).div(constant(m, (float) Math.sqrt(d))).add(padding.reshape(batch, 1, length));
        return new Output(tags, pointer);
    }

    /**
     * A scalar for arithmetic in the graph. Not {@code x.div(2f)}: DJL's PyTorch engine makes a
     * scalar tensor over a Java buffer, uses it and closes it at once, but autograd keeps the
     * tensor for the backward pass; when the garbage collector frees the buffer in between, the
     * gradient is computed from freed memory (NaN or 1e18 now and then, differently in every
     * run). This scalar lives in the caller's NDScope until after the backward pass.
     */
    static NDArray constant(NDManager manager, float value) {
        return manager.create(new float[] {value}, new Shape());
    }

    private static NDArray heads(NDArray x, long b, long l, int h, int dh) {
        return x.reshape(b, l, h, dh).transpose(0, 2, 1, 3);
    }

    private NDArray norm(NDArray x, NDArray gamma, NDArray beta) {
        return LayerNorm.layerNorm(x, new Shape(config.dim()), gamma, beta, 1e-5f).singletonOrThrow();
    }

    private static NDArray embed(NDArray ids, NDArray weight) {
        NDList out = Embedding.embedding(ids, weight, SparseFormat.DENSE);
        return out.singletonOrThrow();
    }

    private NDArray p(String name) {
        return params.get(name);
    }

    private void add(NDManager m, String name, Random r, int rows, int cols) {
        float[] values = new float[rows * cols];
        for (int i = 0; i < values.length; i++) {
            values[i] = (float) (r.nextGaussian() * 0.02);
        }
        put(m.create(values, new Shape(rows, cols)), name);
    }

    private void ones(NDManager m, String name, int n) {
        put(m.ones(new Shape(n)), name);
    }

    private void zeros(NDManager m, String name, int n) {
        put(m.zeros(new Shape(n)), name);
    }

    private void put(NDArray a, String name) {
        a.setName(name);
        a.setRequiresGradient(true);
        params.put(name, a);
    }

    /** Saves sizes and weights: a header of the sizes, then DJL's NDList encoding. */
    public void save(OutputStream out) throws IOException {
        DataOutputStream data = new DataOutputStream(out);
        data.writeInt(typeCount);
        data.writeInt(tagCount);
        NDList list = new NDList();
        params.forEach((name, a) -> {
            a.setName(name);
            list.add(a);
        });
        list.encode(data);
        data.flush();
    }

    /** Loads weights saved by {@link #save}; throws on any mismatch with the configuration. */
    public static Network load(SlmConfig config, InputStream in, NDManager manager, boolean trainable) throws IOException {
        DataInputStream data = new DataInputStream(in);
        int types = data.readInt();
        int tags = data.readInt();
        Network n = new Network(config, types, tags);
        NDList list = NDList.decode(manager, data);
        Network reference = new Network(config, types, tags, manager, 0);
        for (NDArray a : list) {
            NDArray expected = reference.params.get(a.getName());
            if (expected == null || !expected.getShape().equals(a.getShape()) || a.getDataType() != DataType.FLOAT32) {
                throw new IOException("weights do not match the configuration: " + a.getName() + " " + a.getShape());
            }
            if (trainable) {
                a.setRequiresGradient(true);
            }
            n.params.put(a.getName(), a);
        }
        reference.params.values().forEach(NDArray::close);
        if (n.params.size() != reference.params.size()) {
            throw new IOException("weights are incomplete: " + n.params.size() + " of " + reference.params.size() + " arrays");
        }
        return n;
    }

    /**
     * A trainable copy with room for more input keys and tags (appended, so old ids keep their
     * meaning): new input rows start small and random, new tags start as unlikely as the average
     * fixed-token tag, so adapting does not begin by proposing unknown tokens everywhere.
     */
    public Network grown(NDManager manager, int types, int tags, long seed) {
        if (types < typeCount || tags < tagCount) {
            throw new IllegalArgumentException("a network only grows");
        }
        Network n = new Network(config, types, tags);
        Random r = new Random(seed);
        int d = config.dim();
        params.forEach((name, a) -> {
            float[] old = a.toFloatArray();
            float[] values;
            Shape shape;
            switch (name) {
                case "embed.type" -> {
                    values = java.util.Arrays.copyOf(old, types * d);
                    for (int i = old.length; i < values.length; i++) {
                        values[i] = (float) (r.nextGaussian() * 0.02);
                    }
                    shape = new Shape(types, d);
                }
                case "head.tag" -> {
                    values = new float[d * tags];
                    for (int row = 0; row < d; row++) {
                        System.arraycopy(old, row * tagCount, values, row * tags, tagCount);
                        for (int c = tagCount; c < tags; c++) {
                            values[row * tags + c] = (float) (r.nextGaussian() * 0.02);
                        }
                    }
                    shape = new Shape(d, tags);
                }
                case "head.tag.bias" -> {
                    double mean = 0;
                    for (int c = Tags.FIXED; c < tagCount; c++) {
                        mean += old[c];
                    }
                    mean /= Math.max(1, tagCount - Tags.FIXED);
                    values = java.util.Arrays.copyOf(old, tags);
                    java.util.Arrays.fill(values, tagCount, tags, (float) mean);
                    shape = new Shape(tags);
                }
                default -> {
                    values = old;
                    shape = a.getShape();
                }
            }
            NDArray c = manager.create(values, shape);
            c.setName(name);
            c.setRequiresGradient(true);
            n.params.put(name, c);
        });
        return n;
    }

    /** A frozen copy (the reference policy of RL). */
    public Network frozenCopy(NDManager manager) {
        Network n = new Network(config, typeCount, tagCount);
        params.forEach((name, a) -> {
            NDArray c = a.duplicate();
            c.setRequiresGradient(false);
            n.params.put(name, manager.create(c.toFloatArray(), c.getShape()));
            c.close();
        });
        return n;
    }

    public int tagCount() {
        return tagCount;
    }

    public int typeCount() {
        return typeCount;
    }
}
