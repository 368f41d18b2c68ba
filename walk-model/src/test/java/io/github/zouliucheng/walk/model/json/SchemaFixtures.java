package io.github.zouliucheng.walk.model.json;

import com.networknt.schema.Error;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaLocation;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SchemaRegistryConfig;
import com.networknt.schema.SpecificationVersion;
import com.networknt.schema.path.PathType;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Map;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * The schema of the walk-dataset/1 format, the README's example dataset, and a validator for them
 * (com.networknt:json-schema-validator, draft 2020-12), shared by the schema tests.
 */
final class SchemaFixtures {
  /** The schema's {@code $id}, which the registry maps to the class-path resource. */
  static final String SCHEMA_ID =
      "https://zouliucheng.github.io/walk-sdk/schema/walk-dataset-1.json";

  static final String SCHEMA_RESOURCE =
      "io/github/zouliucheng/walk/model/json/walk-dataset.schema.json";

  static final String EXAMPLE_RESOURCE = "json/example-dataset.json";

  static final JsonMapper MAPPER = JsonMapper.builder().build();

  private SchemaFixtures() {}

  /**
   * Returns a validator of the schema, loaded from the class path through its {@code $id}. Errors
   * are located by JSON pointers. With {@code formatAssertions}, {@code format} is asserted (for
   * example, {@code "date"} rejects 2023-02-30); without, it is only an annotation, as draft
   * 2020-12 says by default.
   */
  static Schema schema(boolean formatAssertions) {
    Schema schema = registry(formatAssertions).getSchema(SchemaLocation.of(SCHEMA_ID));
    schema.initializeValidators(); // fails now, not later, if a $ref does not resolve
    return schema;
  }

  /** Returns a validator of one definition of the schema, {@code #/$defs/name}. */
  static Schema definition(String name) {
    Schema schema = registry(false).getSchema(SchemaLocation.of(SCHEMA_ID + "#/$defs/" + name));
    schema.initializeValidators();
    return schema;
  }

  /** Returns a validator of draft 2020-12's meta-schema, which the library bundles. */
  static Schema metaSchema() {
    return registry(true)
        .getSchema(SchemaLocation.of(SpecificationVersion.DRAFT_2020_12.getDialectId()));
  }

  private static SchemaRegistry registry(boolean formatAssertions) {
    SchemaRegistryConfig config =
        SchemaRegistryConfig.builder()
            .pathType(PathType.JSON_POINTER)
            .formatAssertionsEnabled(formatAssertions)
            .build();
    return SchemaRegistry.withDefaultDialect(
        SpecificationVersion.DRAFT_2020_12,
        builder ->
            builder
                .schemaRegistryConfig(config)
                .schemaIdResolvers(
                    resolvers ->
                        resolvers.mappings(Map.of(SCHEMA_ID, "classpath:" + SCHEMA_RESOURCE))));
  }

  /** Returns a fresh copy of the schema document. */
  static ObjectNode schemaTree() {
    return (ObjectNode) read(SCHEMA_RESOURCE);
  }

  /** Returns a fresh copy of the example dataset, free to edit. */
  static ObjectNode example() {
    return (ObjectNode) read(EXAMPLE_RESOURCE);
  }

  private static JsonNode read(String resource) {
    try (InputStream in = SchemaFixtures.class.getClassLoader().getResourceAsStream(resource)) {
      if (in == null) {
        throw new IllegalStateException("not on the class path: " + resource);
      }
      return MAPPER.readTree(in);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * Returns the JSON pointer of the field an error is about: the instance location, followed by
   * the property for keywords such as {@code required} that report at the object holding it.
   */
  static String location(Error error) {
    String at = error.getInstanceLocation().toString();
    return error.getProperty() == null ? at : at + "/" + error.getProperty();
  }

  /** Returns an error as one line for failure messages: keyword, location and message. */
  static String describe(Error error) {
    return error.getKeyword() + " at " + location(error) + ": " + error.getMessage();
  }
}
