/**
 * The bulletin (通报) built from an analysis, and its renderers for embedding (HTML fragment,
 * Markdown, JSON, text). Filled by the walk-report issue.
 */
@NullMarked
package io.github.zouliucheng.walk.report;

import org.jspecify.annotations.NullMarked;
