package dev.dslfix.models.slm;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.types.Shape;
import java.util.List;

/** Cross-entropy of gold tags and copy pointers, ignoring positions without a label. */
final class Losses {
    /** Weight of the keep positions' mean against the edit positions' mean. */
    static final float KEEP_SHARE = 0.5f;

    private Losses() {
    }

    /**
     * Mean cross-entropy over the positions that change plus half the mean over those that keep:
     * balanced, because a window has a hundred keeps for every edit and a plain mean teaches
     * the model that keeping is always best.
     */
    static NDArray supervised(Network.Output out, List<Example> batch, NDManager manager) {
        int b = batch.size();
        int l = batch.get(0).types().length;
        int t = (int) out.tagLogits().getShape().get(2);
        float[] tagOneHot = new float[b * l * t];
        float[] editWeight = new float[b * l];
        float[] keepWeight = new float[b * l];
        float[] ptrOneHot = new float[b * l * l];
        float[] ptrWeight = new float[b * l];
        float edits = 0;
        float keeps = 0;
        float ptrTotal = 0;
        for (int i = 0; i < b; i++) {
            Example e = batch.get(i);
            for (int p = 0; p < l; p++) {
                int gold = e.tags()[p];
                if (gold >= 0) {
                    tagOneHot[(i * l + p) * t + gold] = 1f;
                    if (gold == Tags.KEEP) {
                        keepWeight[i * l + p] = 1f;
                        keeps++;
                    } else {
                        editWeight[i * l + p] = 1f;
                        edits++;
                    }
                }
                int src = e.pointers()[p];
                if (src >= 0 && gold >= 0) {
                    ptrOneHot[(i * l + p) * l + src] = 1f;
                    ptrWeight[i * l + p] = 1f;
                    ptrTotal += 1f;
                }
            }
        }
        // The means' divisors go into the weights: no scalar arithmetic in the graph (see Network.constant).
        scale(keepWeight, KEEP_SHARE / Math.max(1f, keeps));
        scale(editWeight, 1f / Math.max(1f, edits));
        scale(ptrWeight, 1f / Math.max(1f, ptrTotal));
        Shape bl = new Shape(b, l);
        NDArray picked = out.tagLogits().logSoftmax(-1).mul(manager.create(tagOneHot, new Shape(b, l, t))).sum(new int[] {-1});
        NDArray loss = picked.mul(manager.create(keepWeight, bl)).sum().neg();
        if (edits > 0) {
            loss = loss.add(picked.mul(manager.create(editWeight, bl)).sum().neg());
        }
        if (ptrTotal == 0) {
            return loss;
        }
        NDArray ptrLogp = out.pointerLogits().logSoftmax(-1);
        NDArray ptrLoss = ptrLogp.mul(manager.create(ptrOneHot, new Shape(b, l, l))).sum(new int[] {-1})
                .mul(manager.create(ptrWeight, bl)).sum().neg();
        return loss.add(ptrLoss);
    }

    private static void scale(float[] xs, float factor) {
        for (int i = 0; i < xs.length; i++) {
            xs[i] *= factor;
        }
    }
}
