package io.github.zouliucheng.walk.examples;

import static org.assertj.core.api.Assertions.assertThat;

import com.sun.net.httpserver.HttpServer;
import io.github.zouliucheng.walk.analytics.WalkAnalytics;
import io.github.zouliucheng.walk.model.Dataset;
import io.github.zouliucheng.walk.report.Bulletin;
import io.github.zouliucheng.walk.report.html.HtmlRenderer;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/** The portal example serves its page and the JSON on loopback, under a policy with no script. */
class EmbedInPortalTest {

  @Test
  void thePortalPageCarriesTheFragmentOnceUnderAStrictPolicy() throws Exception {
    Dataset dataset = SampleData.sourceBulletin();
    String fragment = HtmlRenderer.fragment().render(Bulletin.builder(dataset, WalkAnalytics.analyze(dataset)).build());
    HttpServer server = EmbedInPortal.start(dataset, 0);
    try {
      HttpClient client = HttpClient.newHttpClient();
      String base = "http://127.0.0.1:" + server.getAddress().getPort();

      HttpResponse<String> page =
          client.send(HttpRequest.newBuilder(URI.create(base + "/")).build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
      HttpResponse<String> json =
          client.send(HttpRequest.newBuilder(URI.create(base + "/bulletin.json")).build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));

      assertThat(page.statusCode()).isEqualTo(200);
      assertThat(page.headers().firstValue("Content-Type")).contains("text/html; charset=utf-8");
      assertThat(page.headers().firstValue("Content-Security-Policy")).contains(EmbedInPortal.CONTENT_SECURITY_POLICY);
      assertThat(page.body())
          .isEqualTo(EmbedInPortal.PORTAL_TEMPLATE.replace("<!-- CONTENT -->", fragment))
          .contains("<div id=\"content\">\n" + fragment + "\n</div>");
      // the fragment itself needs nothing the policy forbids
      assertThat(fragment).doesNotContain("<script", "<link", "<img", "src=", "href=", " on");
      assertThat(json.statusCode()).isEqualTo(200);
      assertThat(json.body()).startsWith("{\n  \"format\": \"walk-bulletin/1\",");
    } finally {
      server.stop(0);
    }
  }
}
