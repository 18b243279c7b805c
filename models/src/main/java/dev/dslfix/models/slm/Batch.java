package dev.dslfix.models.slm;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.types.Shape;
import java.util.List;

/** Examples stacked into arrays [B, L] on a manager (one per step, closed with it). */
public record Batch(NDArray types, NDArray names, NDArray flags, NDArray mask, int size, int length) {

    public static Batch of(List<Example> examples, NDManager manager) {
        int b = examples.size();
        int l = examples.get(0).types().length;
        int[] types = new int[b * l];
        int[] names = new int[b * l];
        int[] flags = new int[b * l];
        float[] mask = new float[b * l];
        for (int i = 0; i < b; i++) {
            Example e = examples.get(i);
            System.arraycopy(e.types(), 0, types, i * l, l);
            System.arraycopy(e.names(), 0, names, i * l, l);
            System.arraycopy(e.flags(), 0, flags, i * l, l);
            System.arraycopy(e.mask(), 0, mask, i * l, l);
        }
        Shape shape = new Shape(b, l);
        return new Batch(manager.create(types, shape), manager.create(names, shape), manager.create(flags, shape),
                manager.create(mask, shape), b, l);
    }
}
