package vn.rehab.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.NullSource;
import org.junit.jupiter.params.provider.ValueSource;

class AdminPasswordGuardTest {

  @ParameterizedTest
  @NullSource
  @ValueSource(strings = {"", "   ", "demo", "DEMO", "camunda", "Password", "changeme", "12345678901",
      "administrator"})
  void blankShortOrWellKnownPasswordsAreRefused(String password) {
    assertThat(AdminPasswordGuard.problem(password)).isNotNull();
    assertThatThrownBy(() -> new AdminPasswordGuard(true, password).preInit(null))
        .isInstanceOf(IllegalStateException.class).hasMessageStartingWith("Refusing to start");
  }

  @Test
  void aLongUnusualPasswordIsAccepted() {
    assertThat(AdminPasswordGuard.problem("Kiem-tra-mat-khau-2026")).isNull();
    assertThatCode(() -> new AdminPasswordGuard(true, "Kiem-tra-mat-khau-2026").preInit(null)).doesNotThrowAnyException();
  }

  @Test
  void theDemoProfileDoesNotRequireIt() {
    assertThatCode(() -> new AdminPasswordGuard(false, "").preInit(null)).doesNotThrowAnyException();
  }
}
