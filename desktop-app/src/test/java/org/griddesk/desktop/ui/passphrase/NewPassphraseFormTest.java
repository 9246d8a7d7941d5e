package org.griddesk.desktop.ui.passphrase;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.griddesk.desktop.service.PassphraseStrength;
import org.griddesk.desktop.ui.i18n.Message;
import org.griddesk.desktop.ui.testing.LengthAssessor;
import org.junit.jupiter.api.Test;

class NewPassphraseFormTest {

    private final NewPassphraseForm form = new NewPassphraseForm(new LengthAssessor());

    @Test
    void strengthFollowsTypingAndIsUnknownWhileEmpty() {
        assertNull(form.strengthProperty().get());
        form.passphraseProperty().set("abc");
        assertEquals(PassphraseStrength.WEAK, form.strengthProperty().get());
        form.passphraseProperty().set("abcdefghij");
        assertEquals(PassphraseStrength.FAIR, form.strengthProperty().get());
        form.passphraseProperty().set("abcdefghijklmnop");
        assertEquals(PassphraseStrength.STRONG, form.strengthProperty().get());
        form.passphraseProperty().set("");
        assertNull(form.strengthProperty().get());
    }

    @Test
    void weakPassphraseIsRefusedOnThePassphraseField() {
        form.passphraseProperty().set("short");
        form.repeatProperty().set("short");
        assertFalse(form.validate());
        assertEquals(new Message("passphrase.error.weak"), form.passphraseErrorProperty().get());
        assertNull(form.repeatErrorProperty().get());
    }

    @Test
    void mismatchIsRefusedOnTheRepeatField() {
        form.passphraseProperty().set("village road 12 east");
        form.repeatProperty().set("village road 12 west");
        assertFalse(form.validate());
        assertNull(form.passphraseErrorProperty().get());
        assertEquals(new Message("passphrase.error.mismatch"), form.repeatErrorProperty().get());
    }

    @Test
    void emptyPassphraseIsRefused() {
        assertFalse(form.validate());
        assertEquals(new Message("passphrase.error.empty"), form.passphraseErrorProperty().get());
    }

    @Test
    void typingAgainClearsTheFieldMessage() {
        form.passphraseProperty().set("short");
        form.validate();
        form.passphraseProperty().set("shorter");
        assertNull(form.passphraseErrorProperty().get());
    }

    @Test
    void acceptedPassphraseIsHandedOverOnceAndTheFieldsAreCleared() {
        form.passphraseProperty().set("village road 12 east");
        form.repeatProperty().set("village road 12 east");
        assertTrue(form.validate());
        assertArrayEquals("village road 12 east".toCharArray(), form.takePassphrase());
        assertEquals("", form.passphraseProperty().get());
        assertEquals("", form.repeatProperty().get());
    }
}
