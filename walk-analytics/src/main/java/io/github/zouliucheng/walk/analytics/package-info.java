/**
 * Analyses of a {@link io.github.zouliucheng.walk.model.Dataset}: participation, scheduling
 * conflicts, depth, mode diversity, rectification quality and accountability, and a unit scorecard
 * for assessment. Start at {@link io.github.zouliucheng.walk.analytics.WalkAnalytics#analyze}.
 *
 * <h2>Contract</h2>
 *
 * <ul>
 *   <li>Every analysis is a pure function of the dataset, the {@link
 *       io.github.zouliucheng.walk.analytics.Policy policy} and the reference date: the order of the
 *       records never changes a result, and results are immutable, thread-safe values.
 *   <li>Every judgment is a {@link io.github.zouliucheng.walk.analytics.Flag} that names the rule
 *       that fired and the identifiers of the records behind it.
 *   <li>Shares are {@link io.github.zouliucheng.walk.analytics.Ratio ratios} that keep both counts.
 *       Maps keyed by identifier are sorted by identifier.
 *   <li>No method accepts or returns {@code null}.
 * </ul>
 */
@NullMarked
@WalkStyle
package io.github.zouliucheng.walk.analytics;

import io.github.zouliucheng.walk.model.WalkStyle;
import org.jspecify.annotations.NullMarked;
