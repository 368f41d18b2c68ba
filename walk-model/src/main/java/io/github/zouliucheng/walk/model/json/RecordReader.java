package io.github.zouliucheng.walk.model.json;

import io.github.zouliucheng.walk.model.Approach;
import io.github.zouliucheng.walk.model.Attachment;
import io.github.zouliucheng.walk.model.Callback;
import io.github.zouliucheng.walk.model.CallbackResult;
import io.github.zouliucheng.walk.model.Complexity;
import io.github.zouliucheng.walk.model.Coverage;
import io.github.zouliucheng.walk.model.Crossing;
import io.github.zouliucheng.walk.model.Effect;
import io.github.zouliucheng.walk.model.Finding;
import io.github.zouliucheng.walk.model.FindingCategory;
import io.github.zouliucheng.walk.model.FindingSource;
import io.github.zouliucheng.walk.model.InvalidValueException;
import io.github.zouliucheng.walk.model.Matter;
import io.github.zouliucheng.walk.model.Member;
import io.github.zouliucheng.walk.model.Priority;
import io.github.zouliucheng.walk.model.Problem;
import io.github.zouliucheng.walk.model.Rectification;
import io.github.zouliucheng.walk.model.RectificationMode;
import io.github.zouliucheng.walk.model.Role;
import io.github.zouliucheng.walk.model.Rule;
import io.github.zouliucheng.walk.model.ServicePoint;
import io.github.zouliucheng.walk.model.ServicePointKind;
import io.github.zouliucheng.walk.model.Unit;
import io.github.zouliucheng.walk.model.UnitKind;
import io.github.zouliucheng.walk.model.Visibility;
import io.github.zouliucheng.walk.model.Walk;
import io.github.zouliucheng.walk.model.WalkForm;
import java.math.BigDecimal;
import java.net.URI;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.JsonNode;

/**
 * Turns the JSON object of one record into a model value. Every field is read even after a problem,
 * so that one pass reports all of a record's field problems; the value is built only when there is
 * none, and a rule broken at build time becomes one more problem located at its field.
 */
final class RecordReader {

  private RecordReader() {}

  static Optional<Unit> unit(Fields f) {
    String id = f.text("id");
    String name = f.text("name");
    UnitKind kind = f.code("kind", UnitKind.class);
    Optional<String> region = f.optionalText("region");
    Optional<String> parentId = f.optionalText("parentId");
    f.rejectUnknown();
    return build(f, () -> Unit.builder().id(id).name(name).kind(kind).region(region).parentId(parentId).build());
  }

  static Optional<Member> member(Fields f) {
    String id = f.text("id");
    String name = f.text("name");
    String title = f.text("title");
    String unitId = f.text("unitId");
    boolean principal = f.bool("principal");
    f.rejectUnknown();
    return build(
        f,
        () -> Member.builder().id(id).name(name).title(title).unitId(unitId).principal(principal).build());
  }

  /**
   * Reads a walk. Its findings are read one by one: a finding with problems is reported through
   * {@code rejectFinding} and left out, and the walk is built without it; the locations of the
   * findings kept are added to {@code findingLocations}.
   */
  static Optional<Walk> walk(Fields f, FindingSink rejectFinding, List<String> findingLocations) {
    String id = f.text("id");
    String leaderId = f.text("leaderId");
    String unitId = f.text("unitId");
    LocalDate date = f.date("date");
    var startTime = f.optionalTime("startTime");
    var endTime = f.optionalTime("endTime");
    Optional<ServicePoint> servicePoint = f.object("servicePoint").flatMap(RecordReader::servicePoint);
    List<Matter> matters = new ArrayList<>();
    List<JsonNode> matterNodes = f.nonEmptyArray("matters");
    for (int i = 0; i < matterNodes.size(); i++) {
      f.item("matters", i, matterNodes.get(i)).flatMap(RecordReader::matter).ifPresent(matters::add);
    }
    Role role = f.code("role", Role.class);
    Approach approach = f.code("approach", Approach.class);
    List<WalkForm> forms = f.codes("forms", WalkForm.class, true);
    Visibility visibility = f.code("visibility", Visibility.class);
    boolean fourNoTwoStraight = f.bool("fourNoTwoStraight");
    Coverage coverage = f.code("coverage", Coverage.class);
    List<Finding> findings = new ArrayList<>();
    List<JsonNode> findingNodes = f.array("findings");
    for (int i = 0; i < findingNodes.size(); i++) {
      List<Problem> problems = new ArrayList<>();
      JsonNode node = findingNodes.get(i);
      String location = f.at("findings") + "/" + i;
      Optional<Finding> finding =
          Fields.of(node, location, recordOf("finding", node), problems, f.ignoresUnknown(), f.pool())
              .flatMap(RecordReader::finding)
              .filter(found -> belongsTo(found, date, location, problems));
      if (finding.isPresent()) {
        findings.add(finding.get());
        findingLocations.add(location);
      } else {
        rejectFinding.reject(location, idOf(node), problems);
      }
    }
    Optional<String> notes = f.optionalText("notes");
    List<Attachment> attachments = new ArrayList<>();
    List<JsonNode> attachmentNodes = f.array("attachments");
    for (int i = 0; i < attachmentNodes.size(); i++) {
      f.item("attachments", i, attachmentNodes.get(i)).flatMap(RecordReader::attachment).ifPresent(attachments::add);
    }
    f.rejectUnknown();
    return build(
        f,
        () ->
            Walk.builder()
                .id(id)
                .leaderId(leaderId)
                .unitId(unitId)
                .date(date)
                .startTime(startTime)
                .endTime(endTime)
                .servicePoint(servicePoint.orElseThrow())
                .addAllMatters(matters)
                .role(role)
                .approach(approach)
                .addAllForms(forms)
                .visibility(visibility)
                .fourNoTwoStraight(fourNoTwoStraight)
                .coverage(coverage)
                .addAllFindings(findings)
                .notes(notes)
                .addAllAttachments(attachments)
                .build());
  }

  /** Checks the rules that tie a finding to the walk holding it, recording what it breaks. */
  private static boolean belongsTo(
      Finding f, @Nullable LocalDate walkDate, String location, List<Problem> problems) {
    String record = "finding " + f.id();
    if (f.source() != FindingSource.WALK) {
      problems.add(
          Problem.builder()
              .location(location + "/source")
              .recordId(record)
              .rule(Rule.WRONG_SOURCE)
              .value(f.source().code())
              .message(
                  String.format(
                      "a finding held by a walk must have source \"walk\", not \"%s\";"
                          + " findings from other sources belong in the dataset's findings",
                      f.source().code()))
              .build());
    }
    if (walkDate != null && f.foundOn().isBefore(walkDate)) {
      problems.add(
          Problem.builder()
              .location(location + "/foundOn")
              .recordId(record)
              .rule(Rule.INVALID_VALUE)
              .value(f.foundOn().toString())
              .message(
                  String.format(
                      "foundOn (%s) must not be before the date of the walk holding it (%s)",
                      f.foundOn(), walkDate))
              .build());
    }
    return problems.isEmpty();
  }

  /** Receives a finding of a walk that could not be read. */
  interface FindingSink {
    void reject(String location, Optional<String> id, List<Problem> problems);
  }

  static Optional<Finding> finding(Fields f) {
    String id = f.text("id");
    FindingSource source = f.code("source", FindingSource.class);
    String description = f.text("description");
    FindingCategory category = f.code("category", FindingCategory.class);
    String responsibleUnitId = f.text("responsibleUnitId");
    Optional<Priority> priority = f.optionalCode("priority", Priority.class);
    LocalDate foundOn = f.date("foundOn");
    Optional<String> sourceReference = f.optionalText("sourceReference");
    Optional<Fields> rf = f.optionalObject("rectification");
    Optional<Rectification> rectification = rf.flatMap(RecordReader::rectification);
    f.rejectUnknown();
    return build(
        f,
        () ->
            Finding.builder()
                .id(id)
                .source(source)
                .description(description)
                .category(category)
                .responsibleUnitId(responsibleUnitId)
                .priority(priority)
                .foundOn(foundOn)
                .sourceReference(sourceReference)
                .rectification(rectification)
                .build());
  }

  private static Optional<Rectification> rectification(Fields f) {
    RectificationMode mode = f.code("mode", RectificationMode.class);
    var deadline = f.optionalDate("deadline");
    Optional<String> owner = f.optionalText("owner");
    Optional<String> ownerUnitId = f.optionalText("ownerUnitId");
    List<String> measures = f.texts("measures");
    List<Effect> effects = new ArrayList<>();
    List<JsonNode> effectNodes = f.array("effects");
    for (int i = 0; i < effectNodes.size(); i++) {
      f.item("effects", i, effectNodes.get(i)).flatMap(RecordReader::effect).ifPresent(effects::add);
    }
    Optional<String> effectNote = f.optionalText("effectNote");
    var startedOn = f.optionalDate("startedOn");
    var rectifiedOn = f.optionalDate("rectifiedOn");
    var closedOn = f.optionalDate("closedOn");
    Optional<Fields> cf = f.optionalObject("callback");
    Optional<Callback> callback = cf.flatMap(RecordReader::callback);
    f.rejectUnknown();
    return build(
        f,
        () ->
            Rectification.builder()
                .mode(mode)
                .deadline(deadline)
                .owner(owner)
                .ownerUnitId(ownerUnitId)
                .addAllMeasures(measures)
                .addAllEffects(effects)
                .effectNote(effectNote)
                .startedOn(startedOn)
                .rectifiedOn(rectifiedOn)
                .closedOn(closedOn)
                .callback(callback)
                .build());
  }

  private static Optional<ServicePoint> servicePoint(Fields f) {
    String id = f.text("id");
    String name = f.text("name");
    ServicePointKind kind = f.code("kind", ServicePointKind.class);
    Optional<String> ownerUnitId = f.optionalText("ownerUnitId");
    f.rejectUnknown();
    return build(
        f, () -> ServicePoint.builder().id(id).name(name).kind(kind).ownerUnitId(ownerUnitId).build());
  }

  private static Optional<Matter> matter(Fields f) {
    String name = f.text("name");
    Complexity complexity = f.code("complexity", Complexity.class);
    List<Crossing> crossings = f.codes("crossings", Crossing.class, false);
    f.rejectUnknown();
    return build(f, () -> Matter.builder().name(name).complexity(complexity).addAllCrossings(crossings).build());
  }

  private static Optional<Attachment> attachment(Fields f) {
    URI uri = f.uri("uri");
    String mediaType = f.text("mediaType");
    Optional<String> caption = f.optionalText("caption");
    f.rejectUnknown();
    return build(f, () -> Attachment.builder().uri(uri).mediaType(mediaType).caption(caption).build());
  }

  private static Optional<Effect> effect(Fields f) {
    String indicator = f.text("indicator");
    BigDecimal before = f.number("before");
    BigDecimal after = f.number("after");
    String unit = f.text("unit");
    Optional<String> note = f.optionalText("note");
    f.rejectUnknown();
    return build(
        f,
        () -> Effect.builder().indicator(indicator).before(before).after(after).unit(unit).note(note).build());
  }

  private static Optional<Callback> callback(Fields f) {
    LocalDate on = f.date("on");
    CallbackResult result = f.code("result", CallbackResult.class);
    Optional<String> note = f.optionalText("note");
    f.rejectUnknown();
    return build(f, () -> Callback.builder().on(on).result(result).note(note).build());
  }

  /**
   * Builds the value if no problem was recorded for its fields; a rule broken at build time is
   * recorded at the field it names.
   */
  private static <T> Optional<T> build(Fields f, Supplier<T> builder) {
    if (!f.ok()) {
      return Optional.empty();
    }
    try {
      return Optional.of(builder.get());
    } catch (InvalidValueException e) {
      f.problem(e.field(), e.rule(), e.value().orElse(null), e.getMessage());
      return Optional.empty();
    }
  }

  /** Returns the text of the record's {@code id} field, if it has one. */
  static Optional<String> idOf(JsonNode node) {
    JsonNode id = node.isObject() ? node.get("id") : null;
    return id != null && id.isString() ? Optional.of(id.stringValue()) : Optional.empty();
  }

  /** Returns how problems name the record: its kind and, when readable, its identifier. */
  static String recordOf(String kind, JsonNode node) {
    return idOf(node).map(id -> kind + " " + id).orElse(kind);
  }
}
