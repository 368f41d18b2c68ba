package io.github.zouliucheng.walk.jpmsconsumer;

import io.github.zouliucheng.walk.analytics.WalkAnalytics;
import io.github.zouliucheng.walk.model.Dataset;
import io.github.zouliucheng.walk.model.json.WalkJson;
import io.github.zouliucheng.walk.report.Bulletin;
import io.github.zouliucheng.walk.report.html.HtmlRenderer;
import io.github.zouliucheng.walk.report.markdown.MarkdownRenderer;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

/**
 * Reads the bundled sample city, builds its bulletin and renders it, using the model ({@link
 * Dataset}, {@link WalkJson}), the analytics ({@link WalkAnalytics}) and the report ({@link
 * Bulletin}, the renderers) through the one {@code requires} of this module.
 */
public final class ConsumerMain {
  /** The resource name of the sample city, next to this class. */
  static final String SAMPLE_CITY = "sample-city-2023q1.json";

  private ConsumerMain() {}

  /** Prints the HTML fragment of the sample city's bulletin. */
  public static void main(String[] args) {
    PrintStream out = new PrintStream(System.out, true, StandardCharsets.UTF_8);
    out.print(HtmlRenderer.fragment().render(bulletin()));
  }

  /** Returns the sample city read from this module's resources; throws if it is missing or invalid. */
  public static Dataset sampleCity() {
    try (InputStream in = ConsumerMain.class.getResourceAsStream(SAMPLE_CITY)) {
      if (in == null) {
        throw new IllegalStateException(SAMPLE_CITY + " is missing from the module");
      }
      return WalkJson.reader().read(in).orElseThrow();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Returns the bulletin of the sample city with the default options. */
  public static Bulletin bulletin() {
    Dataset dataset = sampleCity();
    return Bulletin.builder(dataset, WalkAnalytics.analyze(dataset)).build();
  }

  /** Returns the bulletin rendered as Markdown. */
  public static String markdown(Bulletin bulletin) {
    return MarkdownRenderer.create().render(bulletin);
  }
}
