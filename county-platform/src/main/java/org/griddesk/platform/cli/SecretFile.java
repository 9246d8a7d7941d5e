package org.griddesk.platform.cli;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Arrays;

/**
 * Reads a password from a file (never from the command line, where {@code ps} would show it).
 * One trailing line break is dropped, as editors and {@code echo} add one.
 */
final class SecretFile {
    private SecretFile() {
    }

    static char[] read(Path file, String what) {
        byte[] bytes;
        try {
            bytes = Files.readAllBytes(file);
        } catch (NoSuchFileException e) {
            throw new BadInputException(what + " file " + file + " does not exist");
        } catch (IOException e) {
            throw new BadInputException(what + " file " + file + " cannot be read");
        }
        try {
            CharBuffer decoded = StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes));
            char[] chars = new char[decoded.remaining()];
            decoded.get(chars);
            Arrays.fill(decoded.array(), '\0');
            char[] secret = withoutTrailingLineBreak(chars);
            if (secret.length == 0) {
                throw new BadInputException(what + " file " + file + " is empty");
            }
            return secret;
        } catch (CharacterCodingException e) {
            throw new BadInputException(what + " file " + file + " is not UTF-8 text");
        } finally {
            Arrays.fill(bytes, (byte) 0);
        }
    }

    private static char[] withoutTrailingLineBreak(char[] chars) {
        int end = chars.length;
        if (end > 0 && chars[end - 1] == '\n') {
            end--;
        }
        if (end > 0 && chars[end - 1] == '\r') {
            end--;
        }
        if (end == chars.length) {
            return chars;
        }
        char[] trimmed = Arrays.copyOf(chars, end);
        Arrays.fill(chars, '\0');
        return trimmed;
    }
}
