/**
 * Test fixtures shared by the test packages of the bulletin module: the fixture dataset, analysis and
 * bulletins ({@link io.github.zouliucheng.walk.report.testing.ReportFixtures}, {@link
 * io.github.zouliucheng.walk.report.testing.RendererFixtures}), hostile text, the golden-file check,
 * and readers of the renderers' output (CommonMark, the JSON Schema, the evidence of each text).
 *
 * <p>Test code only, not shipped: the classes are public so that the test package of each renderer
 * can use them.
 */
package io.github.zouliucheng.walk.report.testing;
