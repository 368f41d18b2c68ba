package io.github.zouliucheng.walk.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.FileSystem;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Checks every constant of every {@link Coded} enum of the model package, found by scanning the
 * package's compiled classes once, so that a new enum is checked without touching this test.
 */
class CodedTest {
  private static final Pattern CODE = Pattern.compile("[a-z0-9_]+");
  private static final Pattern HAN = Pattern.compile("\\p{IsHan}");

  private static List<Class<?>> codedEnums;

  @BeforeAll
  static void findCodedEnums() throws IOException, URISyntaxException {
    codedEnums = scan();
  }

  private static List<Class<?>> scan() throws IOException, URISyntaxException {
    String pkg = Coded.class.getPackageName();
    URL url = Coded.class.getResource("Coded.class");
    assertThat(url).isNotNull();
    List<String> names;
    if ("jar".equals(url.getProtocol())) {
      try (FileSystem fs = FileSystems.newFileSystem(url.toURI(), Map.of())) {
        names = classNames(fs.getPath("/" + pkg.replace('.', '/')));
      }
    } else {
      names = classNames(Path.of(url.toURI()).getParent());
    }
    List<Class<?>> found = new ArrayList<>();
    for (String name : names) {
      try {
        Class<?> c = Class.forName(pkg + "." + name, false, Coded.class.getClassLoader());
        if (c.isEnum() && Coded.class.isAssignableFrom(c)) {
          found.add(c);
        }
      } catch (ClassNotFoundException e) {
        throw new AssertionError(e);
      }
    }
    return found;
  }

  private static List<String> classNames(Path dir) throws IOException {
    try (Stream<Path> files = Files.list(dir)) {
      return files
          .map(p -> p.getFileName().toString())
          .filter(n -> n.endsWith(".class") && !n.equals("module-info.class"))
          .map(n -> n.substring(0, n.length() - ".class".length()))
          .sorted()
          .collect(Collectors.toList());
    }
  }

  private static Stream<Coded> constants() {
    return codedEnums.stream().flatMap(c -> Arrays.stream(c.getEnumConstants())).map(Coded.class::cast);
  }

  private static Optional<Method> ofCode(Class<?> type) {
    try {
      Method m = type.getMethod("ofCode", String.class);
      return Modifier.isStatic(m.getModifiers()) ? Optional.of(m) : Optional.empty();
    } catch (NoSuchMethodException e) {
      return Optional.empty();
    }
  }

  private static Object callOfCode(Method m, String code) throws Throwable {
    try {
      return m.invoke(null, code);
    } catch (InvocationTargetException e) {
      throw e.getCause();
    }
  }

  @Test
  void scan_modelPackage_findsEveryCodedEnumIncludingNestedOnes() {
    assertThat(codedEnums)
        .hasSizeGreaterThanOrEqualTo(19)
        .contains(
            Approach.class,
            Rule.class,
            Severity.class,
            RecordKind.class,
            WalkForm.class,
            FindingSource.class,
            Period.Kind.class);
  }

  @Test
  void code_everyConstant_isLowerCaseLettersDigitsAndUnderscores() {
    assertThat(constants()).allSatisfy(c -> assertThat(c.code()).as("%s", c).matches(CODE));
  }

  @Test
  void code_everyEnum_hasUniqueCodes() {
    for (Class<?> type : codedEnums) {
      List<String> codes =
          Arrays.stream(type.getEnumConstants()).map(c -> ((Coded) c).code()).collect(Collectors.toList());
      assertThat(codes).as("codes of %s", type.getName()).doesNotHaveDuplicates();
    }
  }

  @Test
  void labels_everyConstant_nonBlankAndZhIsChinese() {
    assertThat(constants())
        .allSatisfy(
            c -> {
              assertThat(c.zh()).as("zh of %s", c).isNotBlank();
              assertThat(c.en()).as("en of %s", c).isNotBlank();
              assertThat(HAN.matcher(c.zh()).find()).as("zh of %s has a Han character", c).isTrue();
            });
  }

  @Test
  void label_chineseLocales_giveZh() {
    Set<Locale> chinese =
        Set.of(Locale.CHINA, Locale.CHINESE, Locale.TAIWAN, Locale.forLanguageTag("zh-Hant-HK"));
    assertThat(constants())
        .allSatisfy(c -> chinese.forEach(l -> assertThat(c.label(l)).as("%s in %s", c, l).isEqualTo(c.zh())));
  }

  @Test
  void label_otherLocales_giveEn() {
    Set<Locale> others = Set.of(Locale.US, Locale.ENGLISH, Locale.ROOT, Locale.JAPAN, Locale.FRANCE);
    assertThat(constants())
        .allSatisfy(c -> others.forEach(l -> assertThat(c.label(l)).as("%s in %s", c, l).isEqualTo(c.en())));
  }

  @Test
  void ofCode_everyCodeOfEveryEnumThatHasIt_roundTrips() throws Throwable {
    int checked = 0;
    for (Class<?> type : codedEnums) {
      Optional<Method> ofCode = ofCode(type);
      if (ofCode.isEmpty()) {
        continue;
      }
      assertThat(ofCode.get().getReturnType()).isEqualTo(type);
      for (Object constant : type.getEnumConstants()) {
        assertThat(callOfCode(ofCode.get(), ((Coded) constant).code())).isSameAs(constant);
        checked++;
      }
    }
    assertThat(checked).isGreaterThan(50);
  }

  @Test
  void ofCode_unknownCode_throwsIaeListingTheCodes() {
    for (Class<?> type : codedEnums) {
      Optional<Method> ofCode = ofCode(type);
      if (ofCode.isEmpty()) {
        continue;
      }
      Coded first = (Coded) type.getEnumConstants()[0];
      for (String bad : List.of("", "nope", first.code().toUpperCase(Locale.ROOT), " " + first.code())) {
        assertThatThrownBy(() -> callOfCode(ofCode.get(), bad))
            .as("%s.ofCode(\"%s\")", type.getSimpleName(), bad)
            .isInstanceOf(IllegalArgumentException.class)
            .hasMessageContaining(type.getSimpleName())
            .hasMessageContaining("\"" + bad + "\"")
            .hasMessageContaining(first.code());
      }
    }
  }

  @Test
  void ofCode_publicEnumsReadFromInput_allHaveIt() {
    // every enum whose codes appear as values in a dataset's JSON must be readable by code
    List<Class<?>> readFromInput =
        codedEnums.stream()
            .filter(c -> !Set.of(Rule.class, Severity.class, RecordKind.class, Period.Kind.class).contains(c))
            .collect(Collectors.toList());
    assertThat(readFromInput).allSatisfy(c -> assertThat(ofCode(c)).as("%s.ofCode", c.getSimpleName()).isPresent());
  }
}
