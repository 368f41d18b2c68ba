package io.github.zouliucheng.walk.model.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import io.github.zouliucheng.walk.model.Approach;
import io.github.zouliucheng.walk.model.Attachment;
import io.github.zouliucheng.walk.model.Callback;
import io.github.zouliucheng.walk.model.CallbackResult;
import io.github.zouliucheng.walk.model.Complexity;
import io.github.zouliucheng.walk.model.Coverage;
import io.github.zouliucheng.walk.model.Crossing;
import io.github.zouliucheng.walk.model.Dataset;
import io.github.zouliucheng.walk.model.DatasetAssembler;
import io.github.zouliucheng.walk.model.DatasetResult;
import io.github.zouliucheng.walk.model.Effect;
import io.github.zouliucheng.walk.model.Finding;
import io.github.zouliucheng.walk.model.FindingCategory;
import io.github.zouliucheng.walk.model.FindingSource;
import io.github.zouliucheng.walk.model.Matter;
import io.github.zouliucheng.walk.model.Member;
import io.github.zouliucheng.walk.model.Period;
import io.github.zouliucheng.walk.model.Priority;
import io.github.zouliucheng.walk.model.Rectification;
import io.github.zouliucheng.walk.model.RectificationMode;
import io.github.zouliucheng.walk.model.RectificationStatus;
import io.github.zouliucheng.walk.model.Role;
import io.github.zouliucheng.walk.model.ServicePoint;
import io.github.zouliucheng.walk.model.ServicePointKind;
import io.github.zouliucheng.walk.model.Unit;
import io.github.zouliucheng.walk.model.UnitKind;
import io.github.zouliucheng.walk.model.Visibility;
import io.github.zouliucheng.walk.model.Walk;
import io.github.zouliucheng.walk.model.WalkForm;
import java.net.URI;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * The README's example dataset is valid under every rule of the model, not only under the schema:
 * it is built into a {@link Dataset} with the model's builders and {@link DatasetAssembler}, which
 * must report no rejection and no warning.
 *
 * <p>The tree-to-model mapping here is a minimal stand-in for the JSON reader ({@code WalkJson}),
 * trusting the schema for the document's shape. Once the reader exists, it can replace this
 * mapping.
 */
final class ExampleDatasetTest {

  @Test
  void example_assemblesWithNoProblem() {
    DatasetResult result = assemble(SchemaFixtures.example());

    assertThat(result.problems()).isEmpty();
    assertThat(result.isClean()).isTrue();
  }

  @Test
  void example_showsWhatTheReadmeSaysItShows() {
    Dataset dataset = assemble(SchemaFixtures.example()).orElseThrow();

    assertThat(dataset.period()).isEqualTo(Period.ofQuarter(2023, 1));
    assertThat(dataset.roster().units())
        .extracting(Unit::name, Unit::kind)
        .containsExactly(
            tuple("桦南县", UnitKind.COUNTY),
            tuple("市司法局", UnitKind.DEPARTMENT));
    assertThat(dataset.roster().members()).hasSize(3);
    assertThat(
            dataset.roster().members().stream()
                .filter(Member::principal)
                .collect(Collectors.groupingBy(Member::unitId, Collectors.counting())))
        .as("principal leaders per unit")
        .containsOnlyKeys("huanan", "city-justice")
        .allSatisfy((unit, count) -> assertThat(count).isEqualTo(1L));

    Walk unannounced = dataset.walks().get(0);
    assertThat(unannounced.visibility()).isEqualTo(Visibility.UNANNOUNCED);
    assertThat(unannounced.fourNoTwoStraight()).isTrue();
    assertThat(unannounced.role()).isEqualTo(Role.CITIZEN);
    assertThat(unannounced.coverage()).isEqualTo(Coverage.WHOLE);
    assertThat(unannounced.matters())
        .anySatisfy(
            m -> {
              assertThat(m.complexity()).isEqualTo(Complexity.COMPLEX);
              assertThat(m.crossings()).contains(Crossing.DEPARTMENT);
            });
    Finding windows = unannounced.findings().get(0);
    assertThat(windows.status()).isEqualTo(RectificationStatus.CLOSED);
    Rectification r = windows.rectification().orElseThrow();
    assertThat(r.measures()).isNotEmpty();
    assertThat(r.effects().get(0))
        .satisfies(
            e -> {
              assertThat(e.before()).isEqualByComparingTo("2");
              assertThat(e.after()).isEqualByComparingTo("4");
              assertThat(e.unit()).isEqualTo("个");
            });
    assertThat(r.callback()).isPresent();

    Walk empty = dataset.walks().get(1);
    assertThat(empty.visibility()).isEqualTo(Visibility.ANNOUNCED);
    assertThat(empty.coverage()).isEqualTo(Coverage.PART);
    assertThat(empty.findings()).as("an empty walk (空走)").isEmpty();

    assertThat(dataset.findings())
        .singleElement()
        .satisfies(
            f -> {
              assertThat(f.source()).isEqualTo(FindingSource.HOTLINE_12345);
              assertThat(f.status()).isEqualTo(RectificationStatus.IN_PROGRESS);
              assertThat(f.rectification().orElseThrow().deadline()).isPresent();
              assertThat(f.rectification().orElseThrow().owner()).isPresent();
            });
  }

  @Test
  void brokenExample_isReportedByTheAssembler() {
    // the mapping really hands the records to the model's rules: a rule only the reader can check
    ObjectNode document = SchemaFixtures.example();
    ((ObjectNode) document.at("/walks/1")).put("date", "2023-04-03");

    assertThat(assemble(document).errors())
        .singleElement()
        .satisfies(p -> assertThat(p.location()).isEqualTo("/walks/1/date"));
  }

  // ---------------------------------------------------------------------------------------------
  // a minimal tree-to-model mapping

  private static DatasetResult assemble(JsonNode d) {
    DatasetAssembler assembler =
        new DatasetAssembler().period(Period.parse(d.get("period").asString()));
    each(
        d.path("roster").path("units"),
        (u, i) -> assembler.addUnit(unit(u), "/roster/units/" + i));
    each(
        d.path("roster").path("members"),
        (m, i) -> assembler.addMember(member(m), "/roster/members/" + i));
    each(d.path("walks"), (w, i) -> assembler.addWalk(walk(w), "/walks/" + i));
    each(d.path("findings"), (f, i) -> assembler.addFinding(finding(f), "/findings/" + i));
    return assembler.assemble();
  }

  private static Unit unit(JsonNode u) {
    return Unit.builder()
        .id(u.get("id").asString())
        .name(u.get("name").asString())
        .kind(UnitKind.ofCode(u.get("kind").asString()))
        .region(string(u, "region"))
        .parentId(string(u, "parentId"))
        .build();
  }

  private static Member member(JsonNode m) {
    return Member.builder()
        .id(m.get("id").asString())
        .name(m.get("name").asString())
        .title(m.get("title").asString())
        .unitId(m.get("unitId").asString())
        .principal(m.path("principal").asBoolean(false))
        .build();
  }

  private static Walk walk(JsonNode w) {
    JsonNode sp = w.get("servicePoint");
    return Walk.builder()
        .id(w.get("id").asString())
        .leaderId(w.get("leaderId").asString())
        .unitId(w.get("unitId").asString())
        .date(LocalDate.parse(w.get("date").asString()))
        .startTime(string(w, "startTime").map(LocalTime::parse))
        .endTime(string(w, "endTime").map(LocalTime::parse))
        .servicePoint(
            ServicePoint.builder()
                .id(sp.get("id").asString())
                .name(sp.get("name").asString())
                .kind(ServicePointKind.ofCode(sp.get("kind").asString()))
                .ownerUnitId(string(sp, "ownerUnitId"))
                .build())
        .addAllMatters(
            list(
                w.path("matters"),
                m ->
                    Matter.builder()
                        .name(m.get("name").asString())
                        .complexity(Complexity.ofCode(m.get("complexity").asString()))
                        .addAllCrossings(
                            list(m.path("crossings"), c -> Crossing.ofCode(c.asString())))
                        .build()))
        .role(Role.ofCode(w.get("role").asString()))
        .approach(Approach.ofCode(w.get("approach").asString()))
        .addAllForms(list(w.path("forms"), f -> WalkForm.ofCode(f.asString())))
        .visibility(Visibility.ofCode(w.get("visibility").asString()))
        .fourNoTwoStraight(w.path("fourNoTwoStraight").asBoolean(false))
        .coverage(Coverage.ofCode(w.get("coverage").asString()))
        .addAllFindings(list(w.path("findings"), ExampleDatasetTest::finding))
        .notes(string(w, "notes"))
        .addAllAttachments(
            list(
                w.path("attachments"),
                a ->
                    Attachment.builder()
                        .uri(URI.create(a.get("uri").asString()))
                        .mediaType(a.get("mediaType").asString())
                        .caption(string(a, "caption"))
                        .build()))
        .build();
  }

  private static Finding finding(JsonNode f) {
    return Finding.builder()
        .id(f.get("id").asString())
        .source(FindingSource.ofCode(f.get("source").asString()))
        .description(f.get("description").asString())
        .category(FindingCategory.ofCode(f.get("category").asString()))
        .responsibleUnitId(f.get("responsibleUnitId").asString())
        .priority(string(f, "priority").map(Priority::ofCode))
        .foundOn(LocalDate.parse(f.get("foundOn").asString()))
        .sourceReference(string(f, "sourceReference"))
        .rectification(
            Optional.ofNullable(f.get("rectification")).map(ExampleDatasetTest::rectification))
        .build();
  }

  private static Rectification rectification(JsonNode r) {
    return Rectification.builder()
        .mode(RectificationMode.ofCode(r.get("mode").asString()))
        .deadline(date(r, "deadline"))
        .owner(string(r, "owner"))
        .ownerUnitId(string(r, "ownerUnitId"))
        .addAllMeasures(list(r.path("measures"), JsonNode::asString))
        .addAllEffects(
            list(
                r.path("effects"),
                e ->
                    Effect.builder()
                        .indicator(e.get("indicator").asString())
                        .before(e.get("before").decimalValue())
                        .after(e.get("after").decimalValue())
                        .unit(e.get("unit").asString())
                        .note(string(e, "note"))
                        .build()))
        .effectNote(string(r, "effectNote"))
        .startedOn(date(r, "startedOn"))
        .rectifiedOn(date(r, "rectifiedOn"))
        .closedOn(date(r, "closedOn"))
        .callback(
            Optional.ofNullable(r.get("callback"))
                .map(
                    c ->
                        Callback.builder()
                            .on(LocalDate.parse(c.get("on").asString()))
                            .result(CallbackResult.ofCode(c.get("result").asString()))
                            .note(string(c, "note"))
                            .build()))
        .build();
  }

  private static Optional<String> string(JsonNode node, String field) {
    return Optional.ofNullable(node.get(field)).map(JsonNode::asString);
  }

  private static Optional<LocalDate> date(JsonNode node, String field) {
    return string(node, field).map(LocalDate::parse);
  }

  private static <T> List<T> list(JsonNode array, Function<JsonNode, T> element) {
    List<T> out = new ArrayList<>();
    array.forEach(e -> out.add(element.apply(e)));
    return out;
  }

  private interface Indexed {
    void accept(JsonNode node, int index);
  }

  private static void each(JsonNode array, Indexed action) {
    for (int i = 0; i < array.size(); i++) {
      action.accept(array.get(i), i);
    }
  }
}
