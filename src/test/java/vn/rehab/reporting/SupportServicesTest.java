package vn.rehab.reporting;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import vn.rehab.reporting.SupportServices.Service;

/** {@code supportServices} is read whatever shape a colleague's model stores it in; what cannot be read is flagged. */
class SupportServicesTest {

  @Test
  void theDataDictionarysJsonListIsRead() {
    var r = SupportServices.read("[{\"type\":\"vocational-training\",\"date\":\"2026-03-01\"},"
        + "{\"type\":\"job-placement\",\"date\":\"2026-04-02T00:00:00+07:00\"}]");
    assertThat(r.unreadable()).isFalse();
    assertThat(r.services()).containsExactly(new Service("vocational-training", LocalDate.of(2026, 3, 1)),
        new Service("job-placement", LocalDate.of(2026, 4, 2)));
  }

  @Test
  void aListVariableAndLooseSpellingsAreReadToo() {
    var r = SupportServices.read(List.of(Map.of("type", "Vocational_Training", "date", "2026-03-01"),
        Map.of("serviceType", "loan", "dateProvided", "2026-05-01")));
    assertThat(r.unreadable()).isFalse();
    assertThat(r.services()).extracting(Service::type).containsExactly("vocational-training", "loan");
  }

  @Test
  void emptyValuesAreNothingAndBrokenOnesAreFlagged() {
    assertThat(SupportServices.read(null).services()).isEmpty();
    assertThat(SupportServices.read("").unreadable()).isFalse();
    assertThat(SupportServices.read("[]").unreadable()).isFalse();
    assertThat(SupportServices.read("{not json").unreadable()).isTrue();
    assertThat(SupportServices.read("{\"type\":\"loan\"}").unreadable()).isTrue(); // not a list
    var mixed = SupportServices.read("[{\"type\":\"loan\",\"date\":\"2026-05-01\"},{\"type\":\"massage\","
        + "\"date\":\"2026-05-01\"},{\"type\":\"counselling\"}]");
    assertThat(mixed.unreadable()).isTrue();
    assertThat(mixed.services()).extracting(Service::type).containsExactly("loan");
  }

  @Test
  void separateDateVariablesCountAsServices() {
    assertThat(SupportServices.readDateVariable("jobPlacementDate", "2026-06-01").services())
        .containsExactly(new Service("job-placement", LocalDate.of(2026, 6, 1)));
    assertThat(SupportServices.readDateVariable("jobPlacementDate", "soon").unreadable()).isTrue();
    assertThat(SupportServices.readDateVariable("otherDate", "2026-06-01").services()).isEmpty();
  }
}
