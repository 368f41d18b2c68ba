package io.github.zouliucheng.walk.model.json;

import tools.jackson.core.StreamReadConstraints;
import tools.jackson.core.StreamReadFeature;
import tools.jackson.core.StreamWriteFeature;
import tools.jackson.core.util.DefaultIndenter;
import tools.jackson.core.util.DefaultPrettyPrinter;
import tools.jackson.core.util.Separators;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.ObjectMapper;
import tools.jackson.databind.ObjectWriter;
import tools.jackson.core.json.JsonFactory;
import tools.jackson.databind.json.JsonMapper;

/** The SDK's one Jackson configuration. Users never configure Jackson themselves. */
final class Json {
  /** The deepest nesting of arrays and objects the reader accepts. */
  static final int MAX_NESTING_DEPTH = 500;

  /** The most characters of one number the reader accepts (digits, sign, point and exponent). */
  static final int MAX_NUMBER_LENGTH = 1000;

  /**
   * Reads numbers as exact decimals, and fails on a field given twice in one record rather than
   * keeping one of the values silently (checked while the record's tree is built, which costs far
   * less than the parser's own duplicate detection). The parser's limits are stated here rather than
   * left to Jackson's defaults, since the reader documents them: beyond either, reading ends with a
   * {@link io.github.zouliucheng.walk.model.Rule#MALFORMED_JSON} problem.
   */
  static final ObjectMapper MAPPER =
      JsonMapper.builder(
              JsonFactory.builder()
                  .streamReadConstraints(
                      StreamReadConstraints.builder()
                          .maxNestingDepth(MAX_NESTING_DEPTH)
                          .maxNumberLength(MAX_NUMBER_LENGTH)
                          .build())
                  .build())
          .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
          .enable(DeserializationFeature.FAIL_ON_READING_DUP_TREE_KEY)
          // streams belong to the caller: the reader and writer never close them
          .disable(StreamReadFeature.AUTO_CLOSE_SOURCE)
          .disable(StreamWriteFeature.AUTO_CLOSE_TARGET)
          // records are read one by one from a stream that goes on after each of them
          .disable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
          .build();

  /** Two-space indentation, {@code "name": value}, and {@code \n} line ends on every platform. */
  static final ObjectWriter PRETTY =
      MAPPER
          .writer()
          .with(
              new DefaultPrettyPrinter(
                      Separators.createDefaultInstance()
                          .withObjectNameValueSpacing(Separators.Spacing.AFTER)
                          .withArrayEmptySeparator("")
                          .withObjectEmptySeparator(""))
                  .withObjectIndenter(new DefaultIndenter("  ", "\n"))
                  .withArrayIndenter(new DefaultIndenter("  ", "\n")));

  static final ObjectWriter COMPACT = MAPPER.writer();

  private Json() {}
}
