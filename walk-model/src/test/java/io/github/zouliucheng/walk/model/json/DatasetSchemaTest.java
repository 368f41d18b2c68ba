package io.github.zouliucheng.walk.model.json;

import static io.github.zouliucheng.walk.model.json.SchemaFixtures.describe;
import static io.github.zouliucheng.walk.model.json.SchemaFixtures.example;
import static io.github.zouliucheng.walk.model.json.SchemaFixtures.location;
import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Named.named;

import com.networknt.schema.Error;
import com.networknt.schema.Schema;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * The JSON Schema of the walk-dataset/1 format, checked with a third-party validator: the README's
 * example is valid, each kind of broken document fails at the broken field, and the schema itself
 * is valid draft 2020-12.
 */
final class DatasetSchemaTest {
  /** Format is an annotation only, as draft 2020-12 says by default: the patterns must hold. */
  private static final Schema SCHEMA = SchemaFixtures.schema(false);

  /** Format is asserted too. */
  private static final Schema STRICT_SCHEMA = SchemaFixtures.schema(true);

  @Test
  void example_isValid() {
    assertThat(errors(SCHEMA, example())).isEmpty();
    assertThat(errors(STRICT_SCHEMA, example())).isEmpty();
  }

  @Test
  void schema_isValidAgainstTheDraft202012MetaSchema() {
    Schema meta = SchemaFixtures.metaSchema();
    assertThat(errors(meta, SchemaFixtures.schemaTree())).isEmpty();

    // the same check fails for a broken copy, so it really is a check
    ObjectNode broken = SchemaFixtures.schemaTree();
    ((ObjectNode) broken.at("/$defs/walk")).put("type", "record");
    assertThat(errors(meta, broken))
        .extracting(SchemaFixtures::location)
        .contains("/$defs/walk/type");
  }

  @Test
  void schema_hasTheIdAndDialectOfTheFormat() {
    ObjectNode schema = SchemaFixtures.schemaTree();
    assertThat(schema.get("$id").asString()).isEqualTo(SchemaFixtures.SCHEMA_ID);
    assertThat(schema.get("$schema").asString())
        .isEqualTo("https://json-schema.org/draft/2020-12/schema");
  }

  @Test
  void schema_closesEveryObjectAndDescribesEveryProperty() {
    List<String> faults = new ArrayList<>();
    checkObjects(SchemaFixtures.schemaTree(), "", faults);
    assertThat(faults).isEmpty();
  }

  /** Collects, under {@code at}, object schemas left open and properties without a description. */
  private static void checkObjects(JsonNode node, String at, List<String> faults) {
    if (node.isObject()) {
      if (node.path("type").asString("").equals("object")
          && !node.path("additionalProperties").isBoolean()) {
        faults.add(at + ": additionalProperties is not false");
      }
      if (node.path("additionalProperties").isBoolean()
          && node.path("additionalProperties").asBoolean()) {
        faults.add(at + ": additionalProperties is true");
      }
      // "properties" of a schema, not a property that happens to be called so
      if (node.has("properties") && node.get("properties").isObject() && node.has("type")) {
        for (Map.Entry<String, JsonNode> p : node.get("properties").properties()) {
          if (!p.getValue().path("description").isString()
              || p.getValue().path("description").asString().isBlank()) {
            faults.add(at + "/properties/" + p.getKey() + ": no description");
          }
        }
      }
      for (Map.Entry<String, JsonNode> e : node.properties()) {
        checkObjects(e.getValue(), at + "/" + e.getKey(), faults);
      }
    } else if (node.isArray()) {
      for (int i = 0; i < node.size(); i++) {
        checkObjects(node.get(i), at + "/" + i, faults);
      }
    }
  }

  // ---------------------------------------------------------------------------------------------
  // broken documents: each fails, and only at the field that was broken

  @ParameterizedTest(name = "{0}")
  @MethodSource("brokenDocuments")
  void brokenDocument_failsAtTheBrokenField(
      Consumer<ObjectNode> breakIt, String keyword, List<String> locations) {
    ObjectNode document = example();
    breakIt.accept(document);

    List<Error> errors = errors(SCHEMA, document);

    assertThat(errors).as("errors").isNotEmpty();
    assertThat(errors)
        .as("errors, each described as keyword at location: message")
        .allSatisfy(e -> assertThat(location(e)).as(describe(e)).isIn(locations))
        .anySatisfy(e -> assertThat(e.getKeyword()).as(describe(e)).isEqualTo(keyword));
    assertThat(errors).extracting(SchemaFixtures::location).containsAll(locations);
  }

  static Stream<Arguments> brokenDocuments() {
    return Stream.of(
        broken(
            "missing required field: a service point's kind",
            d -> object(d, "/walks/0/servicePoint").remove("kind"),
            "required",
            "/walks/0/servicePoint/kind"),
        broken(
            "missing required field: the period",
            d -> d.remove("period"),
            "required",
            "/period"),
        broken(
            "missing required field: a finding's foundOn",
            d -> object(d, "/findings/0").remove("foundOn"),
            "required",
            "/findings/0/foundOn"),
        broken(
            "unknown field: a stored status on a rectification",
            d -> object(d, "/walks/0/findings/0/rectification").put("status", "closed"),
            "additionalProperties",
            "/walks/0/findings/0/rectification/status"),
        broken(
            "unknown field: at the top level",
            d -> d.put("generatedAt", "2023-04-01"),
            "additionalProperties",
            "/generatedAt"),
        broken(
            "wrong type: principal as a string",
            d -> object(d, "/roster/members/1").put("principal", "false"),
            "type",
            "/roster/members/1/principal"),
        broken(
            "wrong type: an effect's before as a string",
            d -> object(d, "/walks/0/findings/0/rectification/effects/0").put("before", "2"),
            "type",
            "/walks/0/findings/0/rectification/effects/0/before"),
        broken(
            "wrong type: forms as a string instead of a list",
            d -> object(d, "/walks/1").put("forms", "on_site"),
            "type",
            "/walks/1/forms"),
        broken(
            "unknown enum code: a walk form",
            d -> array(d, "/walks/0/forms").set(1, "offline"),
            "enum",
            "/walks/0/forms/1"),
        broken(
            "unknown enum code: a finding category",
            d -> object(d, "/findings/0").put("category", "hygiene"),
            "enum",
            "/findings/0/category"),
        broken(
            "unknown enum code: an enum's Java constant name instead of its code",
            d -> object(d, "/findings/0").put("source", "HOTLINE_12345"),
            "enum",
            "/findings/0/source"),
        broken(
            "blank name: spaces",
            d -> object(d, "/roster/units/1").put("name", "   "),
            "pattern",
            "/roster/units/1/name"),
        broken(
            "blank name: an ideographic space (U+3000)",
            d -> object(d, "/roster/units/0").put("name", "\u3000"),
            "pattern",
            "/roster/units/0/name"),
        broken(
            "blank text: an empty measure",
            d -> array(d, "/findings/0/rectification/measures").set(0, ""),
            "pattern",
            "/findings/0/rectification/measures/0"),
        broken(
            "bad id: a space inside",
            d -> object(d, "/walks/0").put("leaderId", "huanan 01"),
            "pattern",
            "/walks/0/leaderId"),
        broken(
            "bad id: an ideographic space at the end",
            d -> object(d, "/roster/members/0").put("id", "huanan-01\u3000"),
            "pattern",
            "/roster/members/0/id"),
        broken(
            "bad id: 65 characters",
            d -> object(d, "/walks/1").put("id", "w".repeat(65)),
            "pattern",
            "/walks/1/id"),
        broken(
            "bad id: empty",
            d -> object(d, "/findings/0").put("responsibleUnitId", ""),
            "pattern",
            "/findings/0/responsibleUnitId"),
        broken(
            "bad date format: slashes",
            d -> object(d, "/walks/1").put("date", "2023/03/08"),
            "pattern",
            "/walks/1/date"),
        broken(
            "bad date format: no leading zeros",
            d -> object(d, "/findings/0/rectification").put("deadline", "2023-4-30"),
            "pattern",
            "/findings/0/rectification/deadline"),
        broken(
            "bad date format: a date-time",
            d -> object(d, "/walks/0/findings/0").put("foundOn", "2023-02-14T09:00:00"),
            "pattern",
            "/walks/0/findings/0/foundOn"),
        broken(
            "bad time format: no leading zero",
            d -> object(d, "/walks/1").put("startTime", "9:30"),
            "pattern",
            "/walks/1/startTime"),
        broken(
            "bad time format: with an offset",
            d -> object(d, "/walks/1").put("endTime", "15:10+08:00"),
            "pattern",
            "/walks/1/endTime"),
        broken(
            "bad period: a fifth quarter",
            d -> d.put("period", "2023-Q5"),
            "pattern",
            "/period"),
        broken(
            "bad period: a thirteenth month",
            d -> d.put("period", "2023-13"),
            "pattern",
            "/period"),
        broken(
            "bad format: another version",
            d -> d.put("format", "walk-dataset/2"),
            "const",
            "/format"),
        broken(
            "empty matters",
            d -> array(d, "/walks/1/matters").removeAll(),
            "minItems",
            "/walks/1/matters"),
        broken(
            "no forms",
            d -> array(d, "/walks/0/forms").removeAll(),
            "minItems",
            "/walks/0/forms"),
        broken(
            "duplicate forms",
            d -> array(d, "/walks/1/forms").add("on_site"),
            "uniqueItems",
            "/walks/1/forms"),
        broken(
            "duplicate crossings",
            d -> array(d, "/walks/0/matters/0/crossings").add("department"),
            "uniqueItems",
            "/walks/0/matters/0/crossings"),
        broken(
            "null value: optional notes written as null",
            d -> object(d, "/walks/0").putNull("notes"),
            "type",
            "/walks/0/notes"),
        broken(
            "null value: optional deadline written as null",
            d -> object(d, "/findings/0/rectification").putNull("deadline"),
            "type",
            "/findings/0/rectification/deadline"),
        broken(
            "null value: a list written as null",
            d -> object(d, "/walks/1").putNull("findings"),
            "type",
            "/walks/1/findings"),
        broken(
            "relative attachment URI",
            d -> object(d, "/walks/0/attachments/1").put("uri", "waiting-area.jpg"),
            "pattern",
            "/walks/0/attachments/1/uri"),
        broken(
            "media type in upper case",
            d -> object(d, "/walks/0/attachments/1").put("mediaType", "image/JPEG"),
            "pattern",
            "/walks/0/attachments/1/mediaType"),
        broken(
            "四不两直 but announced",
            d -> object(d, "/walks/0").put("visibility", "announced"),
            "const",
            "/walks/0/visibility"),
        broken(
            "a walk's finding from another source",
            d -> object(d, "/walks/0/findings/0").put("source", "petition"),
            "const",
            "/walks/0/findings/0/source"),
        broken(
            "a dataset's finding from a walk",
            d -> object(d, "/findings/0").put("source", "walk"),
            "not",
            "/findings/0/source"),
        broken(
            "closed out and called back, never rectified",
            d -> object(d, "/walks/0/findings/0/rectification").remove("rectifiedOn"),
            "dependentRequired",
            "/walks/0/findings/0/rectification/closedOn",
            "/walks/0/findings/0/rectification/callback"),
        broken(
            "an effect beyond 10^12",
            d -> object(d, "/walks/0/findings/0/rectification/effects/0").put("before", new java.math.BigDecimal("1e13")),
            "maximum",
            "/walks/0/findings/0/rectification/effects/0/before"),
        broken(
            "an effect with 7 decimals",
            d -> object(d, "/walks/0/findings/0/rectification/effects/0").put("after", new java.math.BigDecimal("0.0000001")),
            "multipleOf",
            "/walks/0/findings/0/rectification/effects/0/after"),
        broken(
            "a name with an unpaired surrogate",
            d -> object(d, "/roster/units/0").put("name", "桦南县\ud800"),
            "pattern",
            "/roster/units/0/name"),
        broken(
            "an identifier with an unpaired surrogate",
            d -> object(d, "/roster/units/0").put("region", "\udc00"),
            "pattern",
            "/roster/units/0/region"));
  }

  private static Arguments broken(
      String name, Consumer<ObjectNode> breakIt, String keyword, String... locations) {
    return Arguments.of(named(name, breakIt), keyword, List.of(locations));
  }

  @Test
  void impossibleDay_failsOnlyWhereFormatIsAsserted() {
    ObjectNode document = example();
    object(document, "/walks/0/findings/0").put("foundOn", "2023-02-30");

    assertThat(errors(SCHEMA, document)).isEmpty(); // the shape is right: the reader rejects it
    assertThat(errors(STRICT_SCHEMA, document))
        .singleElement()
        .satisfies(
            e -> {
              assertThat(e.getKeyword()).isEqualTo("format");
              assertThat(location(e)).isEqualTo("/walks/0/findings/0/foundOn");
            });
  }

  // ---------------------------------------------------------------------------------------------
  // valid variants: what the reader accepts besides the writer's own output

  @ParameterizedTest(name = "{0}")
  @MethodSource("validVariants")
  void validVariant_passes(Consumer<ObjectNode> change) {
    ObjectNode document = example();
    change.accept(document);

    assertThat(errors(SCHEMA, document)).isEmpty();
    assertThat(errors(STRICT_SCHEMA, document)).isEmpty();
  }

  static Stream<Arguments> validVariants() {
    return Stream.of(
        valid("no format", d -> d.remove("format")),
        valid(
            "list fields and booleans omitted",
            d -> {
              object(d, "/roster/members/1").remove("principal");
              ObjectNode walk = object(d, "/walks/1");
              walk.remove(List.of("findings", "attachments", "fourNoTwoStraight"));
              object(d, "/walks/1/matters/0").remove("crossings");
              object(d, "/findings/0/rectification").remove(List.of("measures", "effects"));
            }),
        valid("no walks, no findings", d -> d.remove(List.of("walks", "findings"))),
        valid("an empty roster", d -> d.set("roster", d.objectNode())),
        valid("a year", d -> d.put("period", "2023")),
        valid("a month", d -> d.put("period", "2023-03")),
        valid("a range of days", d -> d.put("period", "2023-01-01/2023-03-31")),
        valid("effects at their bounds", d -> {
          object(d, "/walks/0/findings/0/rectification/effects/0").put("before", new java.math.BigDecimal("-1000000000000"));
          object(d, "/walks/0/findings/0/rectification/effects/0").put("after", new java.math.BigDecimal("999999999999.999999"));
        }),
        valid("a name with a surrogate pair", d -> object(d, "/roster/units/0").put("name", "桦南县😀")),
        valid("times with seconds", d -> object(d, "/walks/1").put("startTime", "14:30:15")),
        valid(
            "times with a fraction of a second",
            d -> object(d, "/walks/1").put("endTime", "15:10:00.250")),
        valid(
            "effects with decimals",
            d -> object(d, "/walks/0/findings/0/rectification/effects/0").put("after", 4.50)),
        valid(
            "an identifier of 64 characters",
            d -> object(d, "/walks/1").put("id", "w".repeat(64))),
        valid(
            "an identifier in Chinese",
            d -> object(d, "/walks/1").put("id", "司法局走流程-2023-001")),
        valid(
            "a text with surrounding whitespace",
            d -> object(d, "/walks/1").put("notes", "\u3000明查 ")),
        valid(
            "a media type with the rarer characters of a token",
            d ->
                object(d, "/walks/0/attachments/0")
                    .put("mediaType", "application/vnd.ms-excel+x$y")),
        valid(
            "a unit with region and parent",
            d -> object(d, "/roster/units/1").put("region", "市直").put("parentId", "huanan")),
        valid(
            "a dataset finding from each non-walk source",
            d -> {
              ArrayNode findings = array(d, "/findings");
              for (String source :
                  List.of("petition", "public_opinion", "inspection_tour", "audit")) {
                ObjectNode f = object(d, "/findings/0").deepCopy();
                f.put("id", "finding-" + source).put("source", source);
                findings.add(f);
              }
            }));
  }

  private static Arguments valid(String name, Consumer<ObjectNode> change) {
    return Arguments.of(named(name, change));
  }

  // ---------------------------------------------------------------------------------------------

  private static List<Error> errors(Schema schema, JsonNode document) {
    return schema.validate(document);
  }

  private static ObjectNode object(JsonNode document, String pointer) {
    JsonNode node = document.at(pointer);
    assertThat(node.isObject()).as("object at %s", pointer).isTrue();
    return (ObjectNode) node;
  }

  private static ArrayNode array(JsonNode document, String pointer) {
    JsonNode node = document.at(pointer);
    assertThat(node.isArray()).as("array at %s", pointer).isTrue();
    return (ArrayNode) node;
  }
}
