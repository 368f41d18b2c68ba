/**
 * Test fixtures shared by the SDK's modules through walk-model's test-jar: QuickTheories
 * generators of the walk model's values, from identifiers and Chinese free text up to whole
 * datasets that are valid by construction.
 *
 * <p>Start at {@link io.github.zouliucheng.walk.model.testing.WalkGenerators}. Every generator draws
 * all its randomness from QuickTheories' randomness source, so a run is reproduced by its seed
 * ({@code -DQT_SEED=...}) and failing examples shrink.
 *
 * <p>{@link io.github.zouliucheng.walk.model.testing.DatasetTransforms} reorders, copies and unites
 * whole datasets for the laws that analytics obey (record order, merging disjoint datasets).
 */
package io.github.zouliucheng.walk.model.testing;
