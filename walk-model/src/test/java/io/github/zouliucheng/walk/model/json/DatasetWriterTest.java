package io.github.zouliucheng.walk.model.json;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.zouliucheng.walk.model.Approach;
import io.github.zouliucheng.walk.model.Complexity;
import io.github.zouliucheng.walk.model.Coverage;
import io.github.zouliucheng.walk.model.Crossing;
import io.github.zouliucheng.walk.model.Dataset;
import io.github.zouliucheng.walk.model.Matter;
import io.github.zouliucheng.walk.model.Member;
import io.github.zouliucheng.walk.model.Period;
import io.github.zouliucheng.walk.model.Role;
import io.github.zouliucheng.walk.model.Roster;
import io.github.zouliucheng.walk.model.ServicePoint;
import io.github.zouliucheng.walk.model.ServicePointKind;
import io.github.zouliucheng.walk.model.Unit;
import io.github.zouliucheng.walk.model.UnitKind;
import io.github.zouliucheng.walk.model.Visibility;
import io.github.zouliucheng.walk.model.Walk;
import io.github.zouliucheng.walk.model.WalkForm;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import org.junit.jupiter.api.Test;

final class DatasetWriterTest {

  private static Dataset oneWalk(WalkForm... forms) {
    return Dataset.builder()
        .period(Period.parse("2023-03"))
        .roster(
            Roster.of(
                List.of(Unit.of("U1", "市司法局", UnitKind.DEPARTMENT)),
                List.of(Member.builder().id("M1").name("李华").title("局长").unitId("U1").build())))
        .addWalks(
            Walk.builder()
                .id("W1")
                .leaderId("M1")
                .unitId("U1")
                .date(LocalDate.of(2023, 3, 31))
                .startTime(LocalTime.of(9, 30))
                .servicePoint(
                    ServicePoint.builder().id("SP1").name("法律援助中心").kind(ServicePointKind.SERVICE_HALL).build())
                .addMatters(
                    Matter.builder()
                        .name("申请法律援助")
                        .complexity(Complexity.COMPLEX)
                        .addCrossings(Crossing.REGION, Crossing.DIVISION)
                        .build())
                .role(Role.CITIZEN)
                .approach(Approach.HANDLED)
                .addForms(forms)
                .visibility(Visibility.UNANNOUNCED)
                .coverage(Coverage.WHOLE)
                .build())
        .build();
  }

  /** The whole output for one walk: field order, codes, absent optionals left out, empty lists kept. */
  @Test
  void toJson_oneWalk_isCanonical() {
    assertThat(WalkJson.toJson(oneWalk(WalkForm.ONLINE, WalkForm.ON_SITE)))
        .isEqualTo(
            """
            {
              "format": "walk-dataset/1",
              "period": "2023-03",
              "roster": {
                "units": [
                  {
                    "id": "U1",
                    "name": "市司法局",
                    "kind": "department"
                  }
                ],
                "members": [
                  {
                    "id": "M1",
                    "name": "李华",
                    "title": "局长",
                    "unitId": "U1",
                    "principal": false
                  }
                ]
              },
              "walks": [
                {
                  "id": "W1",
                  "leaderId": "M1",
                  "unitId": "U1",
                  "date": "2023-03-31",
                  "startTime": "09:30",
                  "servicePoint": {
                    "id": "SP1",
                    "name": "法律援助中心",
                    "kind": "service_hall"
                  },
                  "matters": [
                    {
                      "name": "申请法律援助",
                      "complexity": "complex",
                      "crossings": [
                        "division",
                        "region"
                      ]
                    }
                  ],
                  "role": "citizen",
                  "approach": "handled",
                  "forms": [
                    "on_site",
                    "online"
                  ],
                  "visibility": "unannounced",
                  "fourNoTwoStraight": false,
                  "coverage": "whole",
                  "findings": [],
                  "attachments": []
                }
              ],
              "findings": []
            }""");
  }

  @Test
  void toJson_setsInAnotherOrder_givesTheSameText() {
    assertThat(WalkJson.toJson(oneWalk(WalkForm.ON_SITE, WalkForm.ONLINE)))
        .isEqualTo(WalkJson.toJson(oneWalk(WalkForm.ONLINE, WalkForm.ON_SITE)));
  }

  @Test
  void compact_writesOneLine() {
    String json = WalkJson.writer().compact().toJson(oneWalk(WalkForm.ONLINE));

    assertThat(json).doesNotContain("\n", "\r", ": ").startsWith("{\"format\":\"walk-dataset/1\",\"period\":\"2023-03\"");
    assertThat(WalkJson.fromJson(json)).isEqualTo(oneWalk(WalkForm.ONLINE));
  }

  @Test
  void write_outputStream_isUtf8AndLeftOpen() throws IOException {
    boolean[] closed = {false};
    ByteArrayOutputStream out =
        new ByteArrayOutputStream() {
          @Override
          public void close() {
            closed[0] = true;
          }
        };

    WalkJson.writer().write(oneWalk(WalkForm.ONLINE), out);

    assertThat(closed[0]).isFalse();
    assertThat(out.toString(StandardCharsets.UTF_8)).isEqualTo(WalkJson.toJson(oneWalk(WalkForm.ONLINE)));
  }

  @Test
  void toJson_pretty_usesOnlyLineFeeds() {
    assertThat(WalkJson.toJson(oneWalk(WalkForm.ONLINE))).doesNotContain("\r").contains("\n");
  }
}
