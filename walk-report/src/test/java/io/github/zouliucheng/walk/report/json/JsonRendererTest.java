package io.github.zouliucheng.walk.report.json;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.zouliucheng.walk.report.Block;
import io.github.zouliucheng.walk.report.Bulletin;
import io.github.zouliucheng.walk.report.Criticism;
import io.github.zouliucheng.walk.report.Language;
import io.github.zouliucheng.walk.report.OverallFigures;
import io.github.zouliucheng.walk.report.ProblemKind;
import io.github.zouliucheng.walk.report.testing.BulletinSchema;
import io.github.zouliucheng.walk.report.testing.EvidencedText;
import io.github.zouliucheng.walk.report.testing.RendererFixtures;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.function.Consumer;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;


/**
 * The JSON renderer and the walk-bulletin/1 schema: every output validates with a third-party
 * validator, carries the bulletin's metadata and the evidence of every statement and row, and the
 * schema's lists of codes are the Java enums'.
 */
final class JsonRendererTest {
  private static final JsonRenderer PRETTY = JsonRenderer.create();
  private static final JsonRenderer COMPACT = JsonRenderer.compact();

  @Test
  void render_validatesAgainstTheSchema() {
    for (Bulletin bulletin : RendererFixtures.all()) {
      assertThat(BulletinSchema.errors(PRETTY.render(bulletin))).isEmpty();
      assertThat(BulletinSchema.errors(COMPACT.render(bulletin))).isEmpty();
    }
  }

  @Test
  void render_carriesTheEvidenceOfEveryStatementAndRow() {
    for (Bulletin bulletin : RendererFixtures.all()) {
      List<EvidencedText> expected = EvidencedText.of(bulletin);
      assertThat(expected).anySatisfy(e -> assertThat(e.walks()).isNotEmpty());
      assertThat(expected).anySatisfy(e -> assertThat(e.findings()).isNotEmpty());
      assertThat(expected).anySatisfy(e -> assertThat(e.members()).isNotEmpty());

      assertThat(EvidencedText.of(read(PRETTY.render(bulletin)))).isEqualTo(expected);
    }
  }

  @Test
  void render_writesTheMetadataInTheDocumentedOrder() {
    Bulletin bulletin = RendererFixtures.englishNamed();

    JsonNode document = read(PRETTY.render(bulletin));

    assertThat(document.propertyNames())
        .containsExactly(
            "format", "language", "title", "issuer", "audience", "period", "issuedOn", "asOf", "criticism",
            "redacted", "overall", "detected", "preamble", "sections", "appendices");
    assertThat(document.get("format").asString()).isEqualTo("walk-bulletin/1").isEqualTo(JsonRenderer.FORMAT);
    assertThat(document.get("language").asString()).isEqualTo("en");
    assertThat(document.get("audience").asString()).isEqualTo(bulletin.audience().orElseThrow());
    assertThat(document.get("period").asString()).isEqualTo("2023-Q1");
    assertThat(document.get("issuedOn").asString()).isEqualTo("2023-04-10");
    assertThat(document.get("asOf").asString()).isEqualTo("2023-03-31");
    assertThat(document.get("criticism").asString()).isEqualTo("named");
    assertThat(document.get("redacted").asBoolean()).isTrue();
    OverallFigures overall = bulletin.overall();
    assertThat(document.get("overall").toString())
        .isEqualTo(
            "{\"counties\":" + overall.counties() + ",\"departments\":" + overall.departments() + ",\"members\":"
                + overall.members() + ",\"walks\":" + overall.walks() + ",\"found\":" + overall.found()
                + ",\"solved\":" + overall.solved() + "}");
    List<String> detected = new ArrayList<>();
    document.get("detected").forEach(code -> detected.add(code.asString()));
    assertThat(detected).containsExactlyElementsOf(bulletin.detected().stream().map(ProblemKind::code).toList());
    List<String> appendices = new ArrayList<>();
    document.get("appendices").forEach(a -> appendices.add(a.get("id").asString()));
    assertThat(appendices)
        .containsExactly("appendix.units", "appendix.members_not_walked", "appendix.overdue", "appendix.conflicts");
  }

  @Test
  void render_leavesOutAnAbsentAudience() {
    Bulletin bulletin = RendererFixtures.chinese();
    assertThat(bulletin.audience()).isEmpty();

    JsonNode document = read(PRETTY.render(bulletin));

    assertThat(document.has("audience")).isFalse();
    assertThat(document.get("language").asString()).isEqualTo("zh-CN");
    assertThat(document.get("criticism").asString()).isEqualTo("anonymous");
  }

  @Test
  void render_writesChartsAsTheirData() {
    JsonNode extra = section(read(PRETTY.render(RendererFixtures.clean(Language.ZH_CN))), "extra");

    JsonNode calendar = extra.get("blocks").get(2);
    assertThat(calendar.toString())
        .isEqualTo(
            "{\"type\":\"calendar\",\"title\":\"日历\",\"description\":\"说明\",\"start\":\"2023-01-01\","
                + "\"end\":\"2023-01-31\",\"days\":[{\"date\":\"2023-01-09\",\"count\":2}]}");
    JsonNode bars = extra.get("blocks").get(3);
    assertThat(bars.toString())
        .isEqualTo(
            "{\"type\":\"bars\",\"title\":\"条形图\",\"description\":\"说明\",\"categories\":[\"甲\",\"乙\",\"丙\"],"
                + "\"stacked\":false,\"bars\":[{\"label\":\"青川县\",\"values\":[3,1,0]},"
                + "{\"label\":\"云河区\",\"values\":[6,0,0]}]}");
    JsonNode table = extra.get("blocks").get(1);
    assertThat(table.get("numericColumns").toString()).isEqualTo("[1]");
    assertThat(table.get("rows").get(0).toString())
        .isEqualTo(
            "{\"cells\":[\"青川县\",\"3\",\"\"],\"evidence\":{\"walks\":[],\"findings\":[],\"members\":[],"
                + "\"units\":[\"qc\"]}}");
    assertThat(extra.get("subsections").get(0).get("id").asString()).isEqualTo("extra.more");
  }

  @Test
  void compact_isThePrettyDocumentOnOneLine() {
    for (Bulletin bulletin : RendererFixtures.all()) {
      String pretty = PRETTY.render(bulletin);
      String compact = COMPACT.render(bulletin);

      assertThat(read(compact)).isEqualTo(read(pretty));
      assertThat(compact).endsWith("}\n").doesNotContain("\r");
      assertThat(compact.indexOf('\n')).isEqualTo(compact.length() - 1);
      assertThat(compact).doesNotContain("\": ").doesNotContain(", \"");
    }
  }

  @Test
  void pretty_indentsByTwoSpacesWithNewlines() {
    String pretty = PRETTY.render(RendererFixtures.englishNamed());

    assertThat(pretty).startsWith("{\n  \"format\": \"walk-bulletin/1\",\n  \"language\": \"en\",\n").endsWith("\n}\n");
    assertThat(pretty).doesNotContain("\r").doesNotContain("\t").contains("\"subsections\": []");
    for (String line : pretty.split("\n")) {
      int indent = line.length() - line.stripLeading().length();
      assertThat(indent % 2).as("indent of %s", line).isZero();
    }
  }

  @Test
  void schema_isValidDraft202012() {
    assertThat(BulletinSchema.metaSchema().validate(BulletinSchema.tree())).isEmpty();

    ObjectNode broken = BulletinSchema.tree();
    ((ObjectNode) broken.at("/$defs/section")).put("type", "chapter");
    assertThat(BulletinSchema.metaSchema().validate(broken)).isNotEmpty();
  }

  @Test
  void schema_hasTheIdOfTheFormat() {
    ObjectNode schema = BulletinSchema.tree();
    assertThat(schema.get("$id").asString()).isEqualTo(BulletinSchema.SCHEMA_ID);
    assertThat(schema.get("$schema").asString()).isEqualTo("https://json-schema.org/draft/2020-12/schema");
    assertThat(schema.at("/properties/format/const").asString()).isEqualTo(JsonRenderer.FORMAT);
  }

  @Test
  void schema_closesEveryObjectAndDescribesEveryPropertyAndDefinition() {
    ObjectNode schema = BulletinSchema.tree();
    List<String> faults = new ArrayList<>();
    visit(schema, "", (node, at) -> {
      if (node.path("type").asString("").equals("object") && !node.path("additionalProperties").isBoolean()) {
        faults.add(at + ": additionalProperties is not false");
      }
      for (String name : node.path("properties").propertyNames()) {
        JsonNode property = node.get("properties").get(name);
        boolean described =
            property.has("description") || property.has("const")
                || (property.has("$ref") && schema.at(property.get("$ref").asString().substring(1)).has("description"));
        if (!described) {
          faults.add(at + "/properties/" + name + ": no description");
        }
      }
    });
    for (String name : schema.get("$defs").propertyNames()) {
      if (!schema.get("$defs").get(name).has("description")) {
        faults.add("/$defs/" + name + ": no description");
      }
    }
    assertThat(faults).isEmpty();
  }

  @Test
  void schema_listsTheCodesOfTheJavaEnums() {
    ObjectNode schema = BulletinSchema.tree();

    assertThat(strings(schema.at("/properties/language/enum")))
        .containsExactlyElementsOf(Arrays.stream(Language.values()).map(Language::tag).toList());
    assertThat(strings(schema.at("/properties/criticism/enum")))
        .containsExactlyElementsOf(
            Arrays.stream(Criticism.values()).map(c -> c.name().toLowerCase(Locale.ROOT)).toList());
    assertThat(strings(schema.at("/$defs/problemKind/enum")))
        .containsExactlyElementsOf(Arrays.stream(ProblemKind.values()).map(ProblemKind::code).toList());
    List<String> blockTypes = Arrays.stream(Block.class.getPermittedSubclasses()).map(JsonRenderer::type).toList();
    assertThat(strings(schema.at("/$defs/blockType/enum"))).containsExactlyInAnyOrderElementsOf(blockTypes);
    List<String> constants = new ArrayList<>();
    for (JsonNode alternative : schema.at("/$defs/block/oneOf")) {
      constants.add(schema.at(alternative.get("$ref").asString().substring(1) + "/properties/type/const").asString());
    }
    assertThat(constants).containsExactlyInAnyOrderElementsOf(blockTypes);
  }

  @Test
  void schema_rejectsBrokenDocuments() {
    String json = PRETTY.render(RendererFixtures.englishNamed());

    assertThat(errorsAfter(json, d -> ((ObjectNode) d.at("/sections/0/blocks/0/statements/0/evidence")).remove("units")))
        .anySatisfy(e -> assertThat(e).contains("/sections/0/blocks/0/statements/0/evidence/units"));
    assertThat(errorsAfter(json, d -> ((ObjectNode) d.at("/sections/0/blocks/1")).put("type", "chart"))).isNotEmpty();
    assertThat(errorsAfter(json, d -> ((ObjectNode) d).putNull("audience")))
        .anySatisfy(e -> assertThat(e).contains("/audience"));
    assertThat(errorsAfter(json, d -> ((ObjectNode) d).put("criticism", "NAMED")))
        .anySatisfy(e -> assertThat(e).contains("/criticism"));
    assertThat(errorsAfter(json, d -> ((ObjectNode) d.at("/overall")).put("walks", -1)))
        .anySatisfy(e -> assertThat(e).contains("/overall/walks"));
    assertThat(errorsAfter(json, d -> ((ObjectNode) d).put("issuedOn", "2023-02-30")))
        .anySatisfy(e -> assertThat(e).contains("/issuedOn"));
    assertThat(errorsAfter(json, d -> ((ArrayNode) d.get("detected")).add("late_walks")))
        .anySatisfy(e -> assertThat(e).contains("/detected"));
    assertThat(errorsAfter(json, d -> ((ObjectNode) d.at("/sections/0")).put("note", "x")))
        .anySatisfy(e -> assertThat(e).contains("/sections/0"));
    assertThat(errorsAfter(json, d -> ((ObjectNode) d).put("title", "两行\n标题")))
        .anySatisfy(e -> assertThat(e).contains("/title"));
  }

  private static List<String> errorsAfter(String json, Consumer<JsonNode> change) {
    JsonNode document = read(json);
    assertThat(BulletinSchema.errors(document)).isEmpty();
    change.accept(document);
    return BulletinSchema.errors(document);
  }

  private static JsonNode read(String json) {
    return BulletinSchema.MAPPER.readTree(json);
  }

  private static JsonNode section(JsonNode document, String id) {
    for (JsonNode section : document.get("sections")) {
      if (section.get("id").asString().equals(id)) {
        return section;
      }
    }
    throw new AssertionError("no section " + id);
  }

  private static List<String> strings(JsonNode array) {
    assertThat(array.isArray()).as("array").isTrue();
    List<String> strings = new ArrayList<>();
    array.forEach(value -> strings.add(value.asString()));
    return strings;
  }

  private interface Visitor {
    void visit(JsonNode node, String at);
  }

  private static void visit(JsonNode node, String at, Visitor visitor) {
    if (node.isObject()) {
      visitor.visit(node, at);
      for (String name : node.propertyNames()) {
        visit(node.get(name), at + "/" + name, visitor);
      }
    } else if (node.isArray()) {
      for (int i = 0; i < node.size(); i++) {
        visit(node.get(i), at + "/" + i, visitor);
      }
    }
  }
}
