package io.github.zouliucheng.walk.model.json;

import static java.util.Objects.requireNonNull;

import io.github.zouliucheng.walk.model.Attachment;
import io.github.zouliucheng.walk.model.Callback;
import io.github.zouliucheng.walk.model.Coded;
import io.github.zouliucheng.walk.model.Dataset;
import io.github.zouliucheng.walk.model.Effect;
import io.github.zouliucheng.walk.model.Finding;
import io.github.zouliucheng.walk.model.Matter;
import io.github.zouliucheng.walk.model.Member;
import io.github.zouliucheng.walk.model.Rectification;
import io.github.zouliucheng.walk.model.ServicePoint;
import io.github.zouliucheng.walk.model.Unit;
import io.github.zouliucheng.walk.model.Walk;
import java.io.IOException;
import java.io.OutputStream;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import tools.jackson.core.JsonEncoding;
import tools.jackson.core.JsonGenerator;
import tools.jackson.core.exc.JacksonIOException;
import tools.jackson.databind.ObjectWriter;

/**
 * Writes a dataset in its JSON form (see {@link WalkJson} for the format).
 *
 * <p>The output is canonical: fields in a fixed order, sets of codes in declaration order, optional
 * fields left out when absent (never {@code null}), list fields always present, UTF-8 with
 * {@code \n} line ends. The same dataset always gives the same bytes, on any machine. Writing
 * streams: memory use does not grow with the number of walks beyond the dataset itself.
 *
 * <p>Instances are immutable and thread-safe.
 */
public final class DatasetWriter {
  private static final DatasetWriter PRETTY = new DatasetWriter(true);
  private static final DatasetWriter COMPACT = new DatasetWriter(false);

  private final boolean pretty;

  private DatasetWriter(boolean pretty) {
    this.pretty = pretty;
  }

  static DatasetWriter defaults() {
    return PRETTY;
  }

  /** Returns a writer like this one that writes everything on one line, without indentation. */
  public DatasetWriter compact() {
    return COMPACT;
  }

  /** Returns a writer like this one that indents by two spaces, one field per line (the default). */
  public DatasetWriter pretty() {
    return PRETTY;
  }

  /**
   * Writes {@code dataset} as UTF-8 to the file at {@code path}, replacing it.
   *
   * @throws IOException if the file cannot be written
   */
  public void write(Dataset dataset, Path path) throws IOException {
    requireNonNull(dataset, "dataset");
    try (OutputStream out = Files.newOutputStream(path)) {
      write(dataset, out);
    }
  }

  /**
   * Writes {@code dataset} as UTF-8 to {@code out}, which is flushed and not closed.
   *
   * @throws IOException if the stream fails
   */
  public void write(Dataset dataset, OutputStream out) throws IOException {
    requireNonNull(dataset, "dataset");
    try (JsonGenerator g = writer().createGenerator(out, JsonEncoding.UTF8)) {
      new Emitter(g).dataset(dataset);
    } catch (JacksonIOException e) {
      throw e.getCause();
    }
  }

  /**
   * Writes {@code dataset} to {@code out}, which is flushed and not closed.
   *
   * @throws IOException if the writer fails
   */
  public void write(Dataset dataset, Writer out) throws IOException {
    requireNonNull(dataset, "dataset");
    try (JsonGenerator g = writer().createGenerator(out)) {
      new Emitter(g).dataset(dataset);
    } catch (JacksonIOException e) {
      throw e.getCause();
    }
  }

  /** Returns {@code dataset} as a JSON string. */
  public String toJson(Dataset dataset) {
    StringWriter s = new StringWriter();
    try {
      write(dataset, s);
    } catch (IOException e) {
      throw new UncheckedIOException(e); // a StringWriter does not fail
    }
    return s.toString();
  }

  private ObjectWriter writer() {
    return pretty ? Json.PRETTY : Json.COMPACT;
  }

  /** Emits the records; the order of the calls is the order of the fields. */
  private static final class Emitter {
    private final JsonGenerator g;

    Emitter(JsonGenerator g) {
      this.g = g;
    }

    void dataset(Dataset d) {
      g.writeStartObject();
      g.writeStringProperty("format", WalkJson.FORMAT);
      g.writeStringProperty("period", d.period().toString());
      g.writeName("roster");
      g.writeStartObject();
      array("units", d.roster().units(), this::unit);
      array("members", d.roster().members(), this::member);
      g.writeEndObject();
      array("walks", d.walks(), this::walk);
      array("findings", d.findings(), this::finding);
      g.writeEndObject();
    }

    void unit(Unit u) {
      g.writeStartObject();
      g.writeStringProperty("id", u.id());
      g.writeStringProperty("name", u.name());
      code("kind", u.kind());
      text("region", u.region());
      text("parentId", u.parentId());
      g.writeEndObject();
    }

    void member(Member m) {
      g.writeStartObject();
      g.writeStringProperty("id", m.id());
      g.writeStringProperty("name", m.name());
      g.writeStringProperty("title", m.title());
      g.writeStringProperty("unitId", m.unitId());
      g.writeBooleanProperty("principal", m.principal());
      g.writeEndObject();
    }

    void walk(Walk w) {
      g.writeStartObject();
      g.writeStringProperty("id", w.id());
      g.writeStringProperty("leaderId", w.leaderId());
      g.writeStringProperty("unitId", w.unitId());
      date("date", w.date());
      time("startTime", w.startTime());
      time("endTime", w.endTime());
      g.writeName("servicePoint");
      servicePoint(w.servicePoint());
      array("matters", w.matters(), this::matter);
      code("role", w.role());
      code("approach", w.approach());
      codes("forms", w.forms());
      code("visibility", w.visibility());
      g.writeBooleanProperty("fourNoTwoStraight", w.fourNoTwoStraight());
      code("coverage", w.coverage());
      array("findings", w.findings(), this::finding);
      text("notes", w.notes());
      array("attachments", w.attachments(), this::attachment);
      g.writeEndObject();
    }

    void servicePoint(ServicePoint s) {
      g.writeStartObject();
      g.writeStringProperty("id", s.id());
      g.writeStringProperty("name", s.name());
      code("kind", s.kind());
      text("ownerUnitId", s.ownerUnitId());
      g.writeEndObject();
    }

    void matter(Matter m) {
      g.writeStartObject();
      g.writeStringProperty("name", m.name());
      code("complexity", m.complexity());
      codes("crossings", m.crossings());
      g.writeEndObject();
    }

    void attachment(Attachment a) {
      g.writeStartObject();
      g.writeStringProperty("uri", a.uri().toString());
      g.writeStringProperty("mediaType", a.mediaType());
      text("caption", a.caption());
      g.writeEndObject();
    }

    void finding(Finding f) {
      g.writeStartObject();
      g.writeStringProperty("id", f.id());
      code("source", f.source());
      g.writeStringProperty("description", f.description());
      code("category", f.category());
      g.writeStringProperty("responsibleUnitId", f.responsibleUnitId());
      f.priority().ifPresent(p -> code("priority", p));
      date("foundOn", f.foundOn());
      text("sourceReference", f.sourceReference());
      if (f.rectification().isPresent()) {
        g.writeName("rectification");
        rectification(f.rectification().get());
      }
      g.writeEndObject();
    }

    void rectification(Rectification r) {
      g.writeStartObject();
      code("mode", r.mode());
      date("deadline", r.deadline());
      text("owner", r.owner());
      text("ownerUnitId", r.ownerUnitId());
      array("measures", r.measures(), g::writeString);
      array("effects", r.effects(), this::effect);
      text("effectNote", r.effectNote());
      date("startedOn", r.startedOn());
      date("rectifiedOn", r.rectifiedOn());
      date("closedOn", r.closedOn());
      if (r.callback().isPresent()) {
        g.writeName("callback");
        callback(r.callback().get());
      }
      g.writeEndObject();
    }

    void effect(Effect e) {
      g.writeStartObject();
      g.writeStringProperty("indicator", e.indicator());
      g.writeName("before");
      g.writeNumber(e.before());
      g.writeName("after");
      g.writeNumber(e.after());
      g.writeStringProperty("unit", e.unit());
      text("note", e.note());
      g.writeEndObject();
    }

    void callback(Callback c) {
      g.writeStartObject();
      date("on", c.on());
      code("result", c.result());
      text("note", c.note());
      g.writeEndObject();
    }

    private <T> void array(String name, List<T> items, Consumer<T> each) {
      g.writeName(name);
      g.writeStartArray();
      items.forEach(each);
      g.writeEndArray();
    }

    /** Writes a set of codes in the enum's declaration order, whatever the set's order. */
    private <E extends Enum<E> & Coded> void codes(String name, Collection<E> codes) {
      g.writeName(name);
      g.writeStartArray();
      codes.stream().sorted().forEach(c -> g.writeString(c.code()));
      g.writeEndArray();
    }

    private void code(String name, Coded value) {
      g.writeStringProperty(name, value.code());
    }

    private void text(String name, Optional<String> value) {
      value.ifPresent(v -> g.writeStringProperty(name, v));
    }

    private void date(String name, LocalDate value) {
      g.writeStringProperty(name, value.toString());
    }

    private void date(String name, Optional<LocalDate> value) {
      value.ifPresent(v -> date(name, v));
    }

    private void time(String name, Optional<LocalTime> value) {
      value.ifPresent(v -> g.writeStringProperty(name, v.toString()));
    }
  }
}
