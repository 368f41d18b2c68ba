package io.github.zouliucheng.walk.report.testing;

import com.networknt.schema.Error;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaLocation;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SchemaRegistryConfig;
import com.networknt.schema.SpecificationVersion;
import com.networknt.schema.path.PathType;
import io.github.zouliucheng.walk.report.json.JsonRenderer;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * The schema of the walk-bulletin/1 format and a validator of it (com.networknt:json-schema-validator,
 * draft 2020-12, format assertions on), loaded from the class path through its {@code $id}.
 */
public final class BulletinSchema {
  public static final String SCHEMA_ID = "https://zouliucheng.github.io/walk-sdk/schema/walk-bulletin-1.json";

  public static final JsonMapper MAPPER = JsonMapper.builder().build();

  private static final Schema SCHEMA = load();

  private BulletinSchema() {}

  /** Returns the errors of {@code json} against the schema, each as one line; empty if it is valid. */
  public static List<String> errors(String json) {
    return errors(MAPPER.readTree(json));
  }

  /** Returns the errors of {@code document} against the schema, each as one line. */
  public static List<String> errors(JsonNode document) {
    List<String> errors = new ArrayList<>();
    for (Error error : SCHEMA.validate(document)) {
      String at = error.getInstanceLocation().toString();
      errors.add(error.getKeyword() + " at " + (error.getProperty() == null ? at : at + "/" + error.getProperty())
          + ": " + error.getMessage());
    }
    return errors;
  }

  /** Returns a validator of draft 2020-12's meta-schema, which the library bundles. */
  public static Schema metaSchema() {
    return registry().getSchema(SchemaLocation.of(SpecificationVersion.DRAFT_2020_12.getDialectId()));
  }

  /** Returns a fresh copy of the schema document. */
  public static ObjectNode tree() {
    try (InputStream in = JsonRenderer.schema().openStream()) {
      return (ObjectNode) MAPPER.readTree(in);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static Schema load() {
    Schema schema = registry().getSchema(SchemaLocation.of(SCHEMA_ID));
    schema.initializeValidators(); // fails now if a $ref does not resolve
    return schema;
  }

  private static SchemaRegistry registry() {
    SchemaRegistryConfig config =
        SchemaRegistryConfig.builder().pathType(PathType.JSON_POINTER).formatAssertionsEnabled(true).build();
    return SchemaRegistry.withDefaultDialect(
        SpecificationVersion.DRAFT_2020_12,
        builder ->
            builder
                .schemaRegistryConfig(config)
                .schemaIdResolvers(
                    resolvers -> resolvers.mappings(Map.of(SCHEMA_ID, "classpath:" + JsonRenderer.SCHEMA_RESOURCE.substring(1)))));
  }
}
