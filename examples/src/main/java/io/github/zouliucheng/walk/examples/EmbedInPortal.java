package io.github.zouliucheng.walk.examples;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import io.github.zouliucheng.walk.analytics.WalkAnalytics;
import io.github.zouliucheng.walk.model.Dataset;
import io.github.zouliucheng.walk.report.Bulletin;
import io.github.zouliucheng.walk.report.html.HtmlRenderer;
import io.github.zouliucheng.walk.report.json.JsonRenderer;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;

/**
 * The README's portal example: an existing portal page, with its own heavy-handed stylesheet,
 * embeds the bulletin's HTML fragment where its content goes, served by the JDK's built-in HTTP
 * server. The page is sent with a Content-Security-Policy that forbids every script and every
 * external resource: the fragment needs neither.
 *
 * <p>{@code /} serves the portal page with the bulletin; {@code /bulletin.json} serves the same
 * bulletin as JSON for a front end of its own.
 */
public final class EmbedInPortal {
  /** The policy the portal sends: no scripts, no external resources, inline styles only. */
  public static final String CONTENT_SECURITY_POLICY =
      "default-src 'none'; style-src 'unsafe-inline'; img-src data:; base-uri 'none'; form-action 'none'";

  private EmbedInPortal() {}

  /** Serves the sample city's bulletin on {@code http://127.0.0.1:8080/} (or the port given) until stopped. */
  public static void main(String[] args) throws IOException {
    PrintStream out = new PrintStream(System.out, true, StandardCharsets.UTF_8);
    int port = args.length > 0 ? Integer.parseInt(args[0]) : 8080;
    HttpServer server = start(SampleData.sampleCity(), port);
    out.println("门户页面 / portal page: http://127.0.0.1:" + server.getAddress().getPort() + "/  (Ctrl-C 停止 / to stop)");
  }

  /** Starts serving the bulletin of {@code dataset} on loopback at {@code port} (0 for any free port). */
  public static HttpServer start(Dataset dataset, int port) throws IOException {
    // README:begin
    Bulletin bulletin = Bulletin.builder(dataset, WalkAnalytics.analyze(dataset)).build();
    String fragment = HtmlRenderer.fragment().render(bulletin);
    String page = PORTAL_TEMPLATE.replace("<!-- CONTENT -->", fragment);
    String json = JsonRenderer.create().render(bulletin);

    HttpServer server = HttpServer.create(new InetSocketAddress("127.0.0.1", port), 0);
    server.createContext("/", exchange -> send(exchange, "text/html; charset=utf-8", page));
    server.createContext("/bulletin.json", exchange -> send(exchange, "application/json", json));
    server.start();
    // README:end
    return server;
  }

  private static void send(HttpExchange exchange, String type, String body) throws IOException {
    byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
    exchange.getResponseHeaders().set("Content-Type", type);
    exchange.getResponseHeaders().set("Content-Security-Policy", CONTENT_SECURITY_POLICY);
    exchange.getResponseHeaders().set("X-Content-Type-Options", "nosniff");
    exchange.sendResponseHeaders(200, bytes.length);
    try (OutputStream out = exchange.getResponseBody()) {
      out.write(bytes);
    }
  }

  /**
   * A portal page as old CMS templates make them: global element selectors with loud values that
   * would wreck any unprotected content dropped into it.
   */
  static final String PORTAL_TEMPLATE =
      String.join(
          "\n",
          "<!DOCTYPE html>",
          "<html lang=\"zh-CN\">",
          "<head>",
          "<meta charset=\"utf-8\">",
          "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">",
          "<title>市深化能力作风建设领导小组办公室 - 通知公告</title>",
          "<style>",
          "body { margin: 0; background: #f4f4f4; font: 12px SimSun, serif; color: #333; }",
          ".banner { background: #b71c1c; color: #fff; padding: 16px 24px; font-size: 22px; }",
          ".nav a { color: #fff; margin-right: 16px; }",
          "#content { max-width: 960px; margin: 16px auto; background: #fff; padding: 24px; }",
          "h1, h2, h3 { color: #b71c1c; text-align: center; text-transform: uppercase; }",
          "p { text-indent: 0; line-height: 1.2; }",
          "table { border: 3px double #999; width: 50%; }",
          "td, th { padding: 12px; background: #ffe; text-align: center; }",
          "svg { display: none; }",
          "</style>",
          "</head>",
          "<body>",
          "<div class=\"banner\">青山市人民政府门户网站 <span class=\"nav\"><a href=\"/\">首页</a><a href=\"/\">通知公告</a></span></div>",
          "<div id=\"content\">",
          "<!-- CONTENT -->",
          "</div>",
          "<div class=\"banner\" style=\"font-size:12px\">主办：青山市人民政府办公室</div>",
          "</body>",
          "</html>",
          "");
}
