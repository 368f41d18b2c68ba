/**
 * The immutable model of leaders' walks through public-service processes (领导干部“走流程”): the
 * {@link io.github.zouliucheng.walk.model.Roster roster} of units and their leadership teams, the
 * {@link io.github.zouliucheng.walk.model.Walk walks} with their {@link
 * io.github.zouliucheng.walk.model.Finding findings} and {@link
 * io.github.zouliucheng.walk.model.Rectification rectifications}, and the {@link
 * io.github.zouliucheng.walk.model.Dataset dataset} of one {@link
 * io.github.zouliucheng.walk.model.Period period}.
 *
 * <p>Start at {@link io.github.zouliucheng.walk.model.Dataset#builder()}, or read a JSON export with
 * {@code io.github.zouliucheng.walk.model.json.WalkJson}.
 *
 * <h2>Contract</h2>
 *
 * <ul>
 *   <li>Every value is immutable and thread-safe, built once by its {@code builder()} and validated
 *       there. A strict builder lets each attribute be set once; lists and sets may be added to.
 *   <li>Building a value with a missing attribute, or with an attribute that breaks its rule, fails
 *       with {@link io.github.zouliucheng.walk.model.InvalidValueException} (an {@code
 *       IllegalStateException}) naming the field, the rule and the value; for missing attributes
 *       the rule is {@code MISSING_FIELD} and the message names every one of them. Setting an
 *       attribute twice fails with a plain {@link java.lang.IllegalStateException}. Every text is
 *       valid Unicode (no unpaired surrogate), an effect's values are bounded, and a period is at
 *       most five years long. A dataset or roster that is not valid as a whole
 *       fails with {@link io.github.zouliucheng.walk.model.InvalidDatasetException}, listing every
 *       problem. Bad arguments to factory methods fail with {@link
 *       java.lang.IllegalArgumentException}.
 *   <li>No method returns or accepts {@code null}; absence is {@link java.util.Optional}.
 *   <li>Every enum implements {@link io.github.zouliucheng.walk.model.Coded}: a stable lowercase code
 *       and labels in Chinese and English.
 * </ul>
 */
@NullMarked
@WalkStyle
package io.github.zouliucheng.walk.model;

import org.jspecify.annotations.NullMarked;
