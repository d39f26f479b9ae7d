package org.passerelle.detect;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;

class ChecksumsTest {

    @ParameterizedTest
    @CsvSource({
            "161037511304288, true",   // key = 97 - (1610375113042 mod 97) = 88
            "161037511304287, false",
            "158072A00423142, true",   // Corsica 2A counts as 19
            "158072B00423169, true",   // Corsica 2B counts as 18
            "158072B00423142, false",
            "16103751130422, false"})
    void nir_key(String nir, boolean valid) {
        assertThat(Checksums.nirKey(nir)).isEqualTo(valid);
    }

    @ParameterizedTest
    @CsvSource({
            "FR7630006000011234567890189, true",
            "FR7630006000011234567890188, false",
            "GB29NWBK60161331926819, true",
            "DE89370400440532013000, true",
            "DE89370400440532013001, false"})
    void iban_mod97(String iban, boolean valid) {
        assertThat(Checksums.iban(iban)).isEqualTo(valid);
    }

    @ParameterizedTest
    @CsvSource({"10003456786, true", "10003456789, false", "750712184, true", "79927398713, true"})
    void luhn(String digits, boolean valid) {
        assertThat(Checksums.luhn(digits)).isEqualTo(valid);
    }
}
