package dev.dslfix.models.slm;

/**
 * How a model is trained.
 *
 * @param sftSteps   supervised steps (cross-entropy on gold edits)
 * @param rlSteps    reinforcement steps (GRPO with the checker and similarity as reward)
 * @param batch      windows per supervised step
 * @param rlBatch    inputs per RL step
 * @param group      samples per input in RL (the group whose mean is the baseline)
 * @param reward     SLMFix's mix of pass and similarity, or the checker alone (the ablation)
 * @param perKind    corruptions per program and error kind in the training data
 */
public record TrainOptions(SlmConfig model, int sftSteps, int rlSteps, int batch, int rlBatch, int group,
                           float learningRate, float rlLearningRate, float klBeta, Reward reward, long seed, int perKind) {

    public enum Reward { PASS_AND_SIMILARITY, PASS_ONLY }

    /**
     * The default configuration for a built-in language: minutes on two CPU cores. RL takes 16
     * inputs per step: with 4, a step's advantage was mostly noise and RL lost to SFT. A KL weight
     * of 0.3 rather than 0.05 keeps it nearer the supervised policy: on shell, RL with 0.05 lowered
     * the model's pass@1 while its training reward rose.
     */
    public static TrainOptions defaults(long seed) {
        return new TrainOptions(SlmConfig.DEFAULT, 1500, 100, 48, 16, 4, 1.5e-3f, 1e-4f, 0.3f, Reward.PASS_AND_SIMILARITY, seed, 12);
    }

    /** Seconds, for tests. */
    public static TrainOptions tiny(long seed) {
        return new TrainOptions(SlmConfig.TINY, 40, 10, 8, 3, 4, 3e-3f, 1e-4f, 0.3f, Reward.PASS_AND_SIMILARITY, seed, 2);
    }

    public TrainOptions withReward(Reward r) {
        return new TrainOptions(model, sftSteps, rlSteps, batch, rlBatch, group, learningRate, rlLearningRate, klBeta, r, seed, perKind);
    }

    public TrainOptions withRl(float lr, float kl) {
        return new TrainOptions(model, sftSteps, rlSteps, batch, rlBatch, group, learningRate, lr, kl, reward, seed, perKind);
    }

    public TrainOptions withRlBatch(int inputs) {
        return new TrainOptions(model, sftSteps, rlSteps, batch, inputs, group, learningRate, rlLearningRate, klBeta, reward, seed, perKind);
    }

    public TrainOptions withSteps(int sft, int rl) {
        return new TrainOptions(model, sft, rl, batch, rlBatch, group, learningRate, rlLearningRate, klBeta, reward, seed, perKind);
    }
}
