/**
 * Analyses of a {@link io.github.zouliucheng.walk.model.Dataset}: participation, scheduling
 * conflicts, depth, mode diversity, rectification quality and accountability, each judgment with
 * the identifiers of the records behind it. Filled by the walk-analytics issue.
 */
@NullMarked
package io.github.zouliucheng.walk.analytics;

import org.jspecify.annotations.NullMarked;
