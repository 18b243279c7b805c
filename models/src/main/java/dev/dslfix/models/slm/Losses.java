package dev.dslfix.models.slm;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.types.Shape;
import java.util.List;

/** Cross-entropy of gold tags and copy pointers, ignoring positions without a label. */
final class Losses {
    /** Positions that change get more weight: most positions are KEEP and would drown them. */
    static final float EDIT_WEIGHT = 5f;

    private Losses() {
    }

    static NDArray supervised(Network.Output out, List<Example> batch, NDManager manager) {
        int b = batch.size();
        int l = batch.get(0).types().length;
        int t = (int) out.tagLogits().getShape().get(2);
        float[] tagOneHot = new float[b * l * t];
        float[] tagWeight = new float[b * l];
        float[] ptrOneHot = new float[b * l * l];
        float[] ptrWeight = new float[b * l];
        float tagTotal = 0;
        float ptrTotal = 0;
        for (int i = 0; i < b; i++) {
            Example e = batch.get(i);
            for (int p = 0; p < l; p++) {
                int gold = e.tags()[p];
                if (gold >= 0) {
                    float w = gold == Tags.KEEP ? 1f : EDIT_WEIGHT;
                    tagOneHot[(i * l + p) * t + gold] = 1f;
                    tagWeight[i * l + p] = w;
                    tagTotal += w;
                }
                int src = e.pointers()[p];
                if (src >= 0 && gold >= 0) {
                    ptrOneHot[(i * l + p) * l + src] = 1f;
                    ptrWeight[i * l + p] = 1f;
                    ptrTotal += 1f;
                }
            }
        }
        NDArray tagLogp = out.tagLogits().logSoftmax(-1);
        NDArray tagLoss = tagLogp.mul(manager.create(tagOneHot, new Shape(b, l, t))).sum(new int[] {-1})
                .mul(manager.create(tagWeight, new Shape(b, l))).sum().neg().div(Math.max(1f, tagTotal));
        if (ptrTotal == 0) {
            return tagLoss;
        }
        NDArray ptrLogp = out.pointerLogits().logSoftmax(-1);
        NDArray ptrLoss = ptrLogp.mul(manager.create(ptrOneHot, new Shape(b, l, l))).sum(new int[] {-1})
                .mul(manager.create(ptrWeight, new Shape(b, l))).sum().neg().div(ptrTotal);
        return tagLoss.add(ptrLoss);
    }
}
