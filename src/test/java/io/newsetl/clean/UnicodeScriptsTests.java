package io.newsetl.clean;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import java.lang.Character.UnicodeScript;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class UnicodeScriptsTests {

  @Test
  void answersAsTheJdkForEveryCodePoint() {
    List<String> differences = new ArrayList<>();
    for (int cp = Character.MIN_CODE_POINT; cp <= Character.MAX_CODE_POINT; cp++) {
      if (UnicodeScripts.of(cp) != UnicodeScript.of(cp)) {
        differences.add(Integer.toHexString(cp));
      }
    }
    assertThat(differences).isEmpty();
  }

  @ParameterizedTest
  @ValueSource(ints = {-1, Character.MAX_CODE_POINT + 1})
  void refusesWhatIsNotACodePoint(int value) {
    assertThatIllegalArgumentException().isThrownBy(() -> UnicodeScripts.of(value));
  }
}
