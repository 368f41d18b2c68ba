package io.github.zouliucheng.walk.report.html;

import io.github.zouliucheng.walk.model.Attachment;
import io.github.zouliucheng.walk.model.Callback;
import io.github.zouliucheng.walk.model.Dataset;
import io.github.zouliucheng.walk.model.Effect;
import io.github.zouliucheng.walk.model.Finding;
import io.github.zouliucheng.walk.model.Matter;
import io.github.zouliucheng.walk.model.Member;
import io.github.zouliucheng.walk.model.Rectification;
import io.github.zouliucheng.walk.model.Roster;
import io.github.zouliucheng.walk.model.ServicePoint;
import io.github.zouliucheng.walk.model.Unit;
import io.github.zouliucheng.walk.model.Walk;
import java.util.ArrayList;
import java.util.List;
import java.util.function.UnaryOperator;

/**
 * Rewrites every text a person typed into a dataset — names, titles, places, matters, problems,
 * measures, effects, notes, captions — keeping identifiers, dates, codes and numbers, so that tests
 * can plant hostile text into generated datasets as {@link io.github.zouliucheng.walk.report.testing.ReportFixtures#dataset(UnaryOperator)}
 * does into the fixture.
 */
final class DatasetTexts {
  private DatasetTexts() {}

  /** Returns {@code dataset} with every user-written string passed through {@code text}. */
  static Dataset mapped(Dataset dataset, UnaryOperator<String> text) {
    List<Unit> units = new ArrayList<>();
    for (Unit u : dataset.roster().units()) {
      units.add(
          Unit.builder()
              .id(u.id())
              .name(text.apply(u.name()))
              .kind(u.kind())
              .region(u.region().map(text))
              .parentId(u.parentId())
              .build());
    }
    List<Member> members = new ArrayList<>();
    for (Member m : dataset.roster().members()) {
      members.add(
          Member.builder()
              .id(m.id())
              .name(text.apply(m.name()))
              .title(text.apply(m.title()))
              .unitId(m.unitId())
              .principal(m.principal())
              .build());
    }
    List<Walk> walks = new ArrayList<>();
    for (Walk w : dataset.walks()) {
      ServicePoint sp = w.servicePoint();
      List<Matter> matters = new ArrayList<>();
      for (Matter m : w.matters()) {
        matters.add(Matter.builder().name(text.apply(m.name())).complexity(m.complexity()).addAllCrossings(m.crossings()).build());
      }
      List<Attachment> attachments = new ArrayList<>();
      for (Attachment a : w.attachments()) {
        attachments.add(Attachment.builder().uri(a.uri()).mediaType(a.mediaType()).caption(a.caption().map(text)).build());
      }
      walks.add(
          Walk.builder()
              .id(w.id())
              .leaderId(w.leaderId())
              .unitId(w.unitId())
              .date(w.date())
              .startTime(w.startTime())
              .endTime(w.endTime())
              .servicePoint(
                  ServicePoint.builder().id(sp.id()).name(text.apply(sp.name())).kind(sp.kind()).ownerUnitId(sp.ownerUnitId()).build())
              .addAllMatters(matters)
              .role(w.role())
              .approach(w.approach())
              .addAllForms(w.forms())
              .visibility(w.visibility())
              .fourNoTwoStraight(w.fourNoTwoStraight())
              .coverage(w.coverage())
              .addAllFindings(findings(w.findings(), text))
              .notes(w.notes().map(text))
              .addAllAttachments(attachments)
              .build());
    }
    return Dataset.builder()
        .period(dataset.period())
        .roster(Roster.of(units, members))
        .addAllWalks(walks)
        .addAllFindings(findings(dataset.findings(), text))
        .build();
  }

  private static List<Finding> findings(List<Finding> findings, UnaryOperator<String> text) {
    List<Finding> out = new ArrayList<>(findings.size());
    for (Finding f : findings) {
      out.add(
          Finding.builder()
              .id(f.id())
              .source(f.source())
              .description(text.apply(f.description()))
              .category(f.category())
              .responsibleUnitId(f.responsibleUnitId())
              .priority(f.priority())
              .foundOn(f.foundOn())
              .sourceReference(f.sourceReference().map(text))
              .rectification(f.rectification().map(r -> rectification(r, text)))
              .build());
    }
    return out;
  }

  private static Rectification rectification(Rectification r, UnaryOperator<String> text) {
    List<String> measures = new ArrayList<>();
    r.measures().forEach(m -> measures.add(text.apply(m)));
    List<Effect> effects = new ArrayList<>();
    for (Effect e : r.effects()) {
      effects.add(
          Effect.builder()
              .indicator(text.apply(e.indicator()))
              .before(e.before())
              .after(e.after())
              .unit(text.apply(e.unit()))
              .note(e.note().map(text))
              .build());
    }
    return Rectification.builder()
        .mode(r.mode())
        .deadline(r.deadline())
        .owner(r.owner().map(text))
        .ownerUnitId(r.ownerUnitId())
        .addAllMeasures(measures)
        .addAllEffects(effects)
        .effectNote(r.effectNote().map(text))
        .startedOn(r.startedOn())
        .rectifiedOn(r.rectifiedOn())
        .closedOn(r.closedOn())
        .callback(r.callback().map(c -> Callback.builder().on(c.on()).result(c.result()).note(c.note().map(text)).build()))
        .build();
  }
}
