package io.github.zouliucheng.walk.report.compose;

import io.github.zouliucheng.walk.analytics.Analysis;
import io.github.zouliucheng.walk.model.Dataset;
import io.github.zouliucheng.walk.report.internal.Formats;
import io.github.zouliucheng.walk.report.internal.Messages;

/**
 * The base of the writers of the bulletin's parts: the {@linkplain ComposeContext context} they share,
 * and the parts of it they use most, as fields.
 */
abstract class SectionWriter {
  final ComposeContext context;
  final Dataset dataset;
  final Analysis analysis;
  final ComposeOptions options;
  final Messages messages;
  final Formats formats;
  /** Whether problems name units and people. */
  final boolean named;

  SectionWriter(ComposeContext context) {
    this.context = context;
    this.dataset = context.dataset;
    this.analysis = context.analysis;
    this.options = context.options;
    this.messages = context.messages;
    this.formats = context.formats;
    this.named = context.named;
  }
}
