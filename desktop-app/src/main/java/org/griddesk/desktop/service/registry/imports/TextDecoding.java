package org.griddesk.desktop.service.registry.imports;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

/**
 * Decodes a text file that is UTF-8 (with or without BOM) or GBK, which Excel writes on Chinese Windows.
 * GBK text is almost never valid UTF-8, so a strict UTF-8 decoding that fails means GBK. GB18030 is used
 * to read it: it is a superset of GBK and also decodes the rare characters of names GBK lacks.
 */
final class TextDecoding {

    static final Charset GBK_FAMILY = Charset.forName("GB18030");

    private TextDecoding() {
    }

    static String decode(byte[] bytes) {
        int start = hasUtf8Bom(bytes) ? 3 : 0;
        ByteBuffer content = ByteBuffer.wrap(bytes, start, bytes.length - start);
        try {
            CharBuffer text = StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(content);
            return text.toString();
        } catch (CharacterCodingException notUtf8) {
            return new String(bytes, start, bytes.length - start, GBK_FAMILY);
        }
    }

    private static boolean hasUtf8Bom(byte[] bytes) {
        return bytes.length >= 3 && (bytes[0] & 0xFF) == 0xEF && (bytes[1] & 0xFF) == 0xBB && (bytes[2] & 0xFF) == 0xBF;
    }
}
