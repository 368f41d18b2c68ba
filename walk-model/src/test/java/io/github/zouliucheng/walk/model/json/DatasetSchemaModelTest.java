package io.github.zouliucheng.walk.model.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalStateException;
import static org.junit.jupiter.api.Named.named;

import com.google.common.collect.ImmutableCollection;
import com.networknt.schema.Schema;
import io.github.zouliucheng.walk.model.Coded;
import io.github.zouliucheng.walk.model.Dataset;
import io.github.zouliucheng.walk.model.Period;
import io.github.zouliucheng.walk.model.Unit;
import io.github.zouliucheng.walk.model.UnitKind;
import java.lang.reflect.Field;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.Type;
import java.math.BigDecimal;
import java.net.URI;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;
import org.junit.jupiter.api.Named;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;
import tools.jackson.databind.node.StringNode;

/**
 * The schema agrees with the model, found by reflection so that the two cannot drift apart: every
 * value type reachable from {@link Dataset} has a definition whose properties are its attributes,
 * every {@link Coded} enum reachable so has a definition listing exactly its codes, and the
 * schema's identifiers and texts reject exactly the whitespace the model rejects.
 */
final class DatasetSchemaModelTest {
  private static final String MODEL = Dataset.class.getPackageName();
  private static final ObjectNode SCHEMA = SchemaFixtures.schemaTree();

  // ---------------------------------------------------------------------------------------------
  // enums

  @ParameterizedTest(name = "{0}")
  @MethodSource("modelEnums")
  void enumDefinition_listsExactlyTheCodesOfTheModelEnum(Class<?> type) {
    JsonNode definition = definition(type);

    assertThat(strings(definition.path("enum")))
        .as("codes of %s in #/$defs/%s", type.getSimpleName(), defName(type))
        .containsExactlyElementsOf(codes(type).stream().map(Coded::code).toList());
    assertThat(definition.path("type").asString()).isEqualTo("string");
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("modelEnums")
  void enumDefinition_describesEachCodeWithTheModelLabels(Class<?> type) {
    String description = definition(type).path("description").asString();

    for (Coded c : codes(type)) {
      assertThat(description).contains(c.code() + " = " + c.en() + " (" + c.zh() + ")");
    }
  }

  @Test
  void everyEnumDefinition_isAModelEnum() {
    Set<String> enumDefinitions = new TreeSet<>();
    SCHEMA.get("$defs").forEachEntry((name, def) -> {
      if (def.has("enum")) {
        enumDefinitions.add(name);
      }
    });

    assertThat(enumDefinitions)
        .containsExactlyInAnyOrderElementsOf(
            reachable().stream()
                .filter(Class::isEnum)
                .map(DatasetSchemaModelTest::defName)
                .toList());
  }

  static Stream<Named<Class<?>>> modelEnums() {
    return reachable().stream().filter(Class::isEnum).map(c -> named(c.getSimpleName(), c));
  }

  private static List<Coded> codes(Class<?> type) {
    return Arrays.stream(type.getEnumConstants()).map(Coded.class::cast).toList();
  }

  // ---------------------------------------------------------------------------------------------
  // records

  @ParameterizedTest(name = "{0}")
  @MethodSource("modelRecords")
  void recordDefinition_hasExactlyTheAttributesOfTheModelType(Class<?> type) {
    JsonNode definition = definition(type);
    Set<String> properties = new LinkedHashSet<>(definition.path("properties").propertyNames());
    if (type == Dataset.class) {
      properties.remove("format"); // the only field that is not an attribute
    }

    assertThat(properties)
        .as("properties of #/$defs/%s", defName(type))
        .containsExactlyInAnyOrderElementsOf(attributes(type));
    assertThat(definition.path("type").asString()).isEqualTo("object");
    assertThat(definition.path("additionalProperties").isBoolean()).isTrue();
    assertThat(definition.path("additionalProperties").asBoolean()).isFalse();
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("modelRecords")
  void recordDefinition_typesAndRequiresEachAttributeAsTheModelDoes(Class<?> type) {
    JsonNode definition = definition(type);
    Set<String> required = new TreeSet<>(strings(definition.path("required")));
    List<String> faults = new ArrayList<>();

    for (String attribute : attributes(type)) {
      Type javaType = accessor(type, attribute).getGenericReturnType();
      JsonNode property = definition.path("properties").path(attribute);
      boolean optional = raw(javaType) == Optional.class || raw(javaType) == boolean.class;
      boolean collection = ImmutableCollection.class.isAssignableFrom(raw(javaType));
      boolean nonEmpty = property.path("minItems").asInt(0) > 0;
      boolean expectRequired = (!optional && !collection) || nonEmpty;
      if (required.contains(attribute) != expectRequired) {
        faults.add(attribute + ": required should be " + expectRequired);
      }
      Type valueType = optional && raw(javaType) == Optional.class ? argument(javaType) : javaType;
      if (collection) {
        if (!property.path("type").asString("").equals("array")) {
          faults.add(attribute + ": not an array");
        }
        checkValue(attribute + "[]", argument(javaType), property.path("items"), faults);
      } else {
        checkValue(attribute, valueType, property, faults);
      }
    }

    assertThat(faults).as("#/$defs/%s against %s", defName(type), type.getName()).isEmpty();
  }

  /** Checks that the property schema {@code schema} is the JSON form of the Java type. */
  private static void checkValue(String name, Type javaType, JsonNode schema, List<String> faults) {
    Class<?> c = raw(javaType);
    String ref = schema.path("$ref").asString("");
    String type = schema.path("type").asString("");
    boolean ok;
    if (c.isEnum() || implementation(c).isPresent()) {
      ok = ref.equals("#/$defs/" + defName(c));
    } else if (c == String.class) {
      ok = ref.equals("#/$defs/id") || ref.equals("#/$defs/text") || type.equals("string");
      // identifiers are the fields named id or ...Id, texts are the others
      boolean id = name.equals("id") || name.endsWith("Id");
      ok &= ref.isEmpty() || ref.equals(id ? "#/$defs/id" : "#/$defs/text");
    } else if (c == LocalDate.class) {
      ok = ref.equals("#/$defs/date");
    } else if (c == LocalTime.class) {
      ok = ref.equals("#/$defs/time");
    } else if (c == boolean.class) {
      ok = type.equals("boolean") && schema.path("default").isBoolean();
    } else if (c == BigDecimal.class) {
      ok = type.equals("number");
    } else if (c == URI.class || c == Period.class) {
      ok = type.equals("string");
    } else {
      ok = false;
    }
    if (!ok) {
      faults.add(name + ": " + schema + " is not the JSON form of " + javaType.getTypeName());
    }
  }

  static Stream<Named<Class<?>>> modelRecords() {
    return reachable().stream().filter(c -> !c.isEnum()).map(c -> named(c.getSimpleName(), c));
  }

  // ---------------------------------------------------------------------------------------------
  // whitespace

  /**
   * The schema's identifiers and texts reject exactly what the model rejects, for every character
   * of the Basic Multilingual Plane: whitespace is the model's (Guava's) set, whatever the regular
   * expression engine makes of {@code \s}.
   */
  @Test
  void idAndTextDefinitions_agreeWithTheModelOnEveryCharacter() {
    Schema idSchema = SchemaFixtures.definition("id");
    Schema textSchema = SchemaFixtures.definition("text");
    List<String> disagreements = new ArrayList<>();

    for (char c = 0; c < Character.MAX_VALUE; c++) {
      String s = String.valueOf(c);
      for (String id : List.of("a" + s + "b", "ab" + s)) {
        boolean schemaAccepts = idSchema.validate(StringNode.valueOf(id)).isEmpty();
        boolean modelAccepts =
            accepts(() -> Unit.builder().id(id).name("x").kind(UnitKind.COUNTY).build());
        if (schemaAccepts != modelAccepts) {
          disagreements.add(
              String.format(
                  "id with U+%04X at %d: schema %s, model %s",
                  (int) c, id.indexOf(c), schemaAccepts, modelAccepts));
        }
      }
      boolean schemaAccepts = textSchema.validate(StringNode.valueOf(s)).isEmpty();
      boolean modelAccepts =
          accepts(() -> Unit.builder().id("u").name(s).kind(UnitKind.COUNTY).build());
      if (schemaAccepts != modelAccepts) {
        disagreements.add(
            String.format(
                "text U+%04X: schema %s, model %s", (int) c, schemaAccepts, modelAccepts));
      }
    }

    assertThat(disagreements).isEmpty();
  }

  private static boolean accepts(Runnable build) {
    try {
      build.run();
      return true;
    } catch (IllegalStateException e) {
      return false;
    }
  }

  @Test
  void accepts_seesTheModelRejectWhitespace() {
    // guards the test above against a model that accepts everything
    assertThatIllegalStateException()
        .isThrownBy(() -> Unit.builder().id("a b").name("x").kind(UnitKind.COUNTY).build());
    assertThat(accepts(() -> Unit.builder().id("a\u3000b").name("x").kind(UnitKind.COUNTY).build()))
        .isFalse();
    assertThat(accepts(() -> Unit.builder().id("ab").name("x").kind(UnitKind.COUNTY).build()))
        .isTrue();
  }

  // ---------------------------------------------------------------------------------------------
  // reflection over the model

  /** Returns the value types and enums reachable from {@link Dataset} through attributes. */
  private static Set<Class<?>> reachable() {
    Set<Class<?>> found = new LinkedHashSet<>();
    reach(Dataset.class, found);
    return found;
  }

  private static void reach(Class<?> type, Set<Class<?>> found) {
    if (!found.add(type) || type.isEnum()) {
      return;
    }
    for (String attribute : attributes(type)) {
      mentioned(accessor(type, attribute).getGenericReturnType())
          .filter(c -> c.getPackageName().equals(MODEL))
          .filter(
              c -> (c.isEnum() && Coded.class.isAssignableFrom(c)) || implementation(c).isPresent())
          .forEach(c -> reach(c, found));
    }
  }

  /**
   * Returns the attributes of a value type: the instance fields of its generated implementation
   * (lazily derived values are transient there).
   */
  private static List<String> attributes(Class<?> type) {
    Class<?> impl = implementation(type).orElseThrow();
    return Arrays.stream(impl.getDeclaredFields())
        .filter(f -> !Modifier.isStatic(f.getModifiers()))
        .filter(f -> !Modifier.isTransient(f.getModifiers()))
        .filter(f -> !f.isSynthetic())
        .map(Field::getName)
        .toList();
  }

  private static Optional<Class<?>> implementation(Class<?> type) {
    try {
      return Optional.of(Class.forName(MODEL + ".Immutable" + type.getSimpleName()));
    } catch (ClassNotFoundException e) {
      return Optional.empty();
    }
  }

  private static Method accessor(Class<?> type, String attribute) {
    try {
      return type.getMethod(attribute);
    } catch (NoSuchMethodException e) {
      throw new AssertionError(type.getName() + " has no accessor " + attribute + "()", e);
    }
  }

  private static Stream<Class<?>> mentioned(Type type) {
    if (type instanceof ParameterizedType p) {
      return Stream.concat(
          Stream.of(raw(p)),
          Arrays.stream(p.getActualTypeArguments()).flatMap(DatasetSchemaModelTest::mentioned));
    }
    return type instanceof Class<?> c ? Stream.of(c) : Stream.empty();
  }

  private static Class<?> raw(Type type) {
    return type instanceof ParameterizedType p ? (Class<?>) p.getRawType() : (Class<?>) type;
  }

  private static Type argument(Type type) {
    return ((ParameterizedType) type).getActualTypeArguments()[0];
  }

  // ---------------------------------------------------------------------------------------------
  // the schema

  /** Returns the definition of a model type: the schema's root for the dataset. */
  private static JsonNode definition(Class<?> type) {
    JsonNode definition = type == Dataset.class ? SCHEMA : SCHEMA.path("$defs").path(defName(type));
    assertThat(definition.isObject())
        .as("#/$defs/%s for %s", defName(type), type.getName())
        .isTrue();
    return definition;
  }

  /** Returns the name of a model type's definition: its simple name, starting in lower case. */
  private static String defName(Class<?> type) {
    String name = type.getSimpleName();
    return Character.toLowerCase(name.charAt(0)) + name.substring(1);
  }

  private static List<String> strings(JsonNode array) {
    return StreamSupport.stream(array.spliterator(), false)
        .map(JsonNode::asString)
        .collect(Collectors.toList());
  }
}
