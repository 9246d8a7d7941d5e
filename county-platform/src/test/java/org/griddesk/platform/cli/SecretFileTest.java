package org.griddesk.platform.cli;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SecretFileTest {
    @TempDir
    Path folder;

    private char[] read(String content) throws Exception {
        Path file = folder.resolve("secret");
        Files.writeString(file, content);
        return SecretFile.read(file, "Password");
    }

    @Test
    void dropsOneTrailingLineBreakOnly() throws Exception {
        assertArrayEquals("密码 with spaces ".toCharArray(), read("密码 with spaces \n"));
        assertArrayEquals("windows".toCharArray(), read("windows\r\n"));
        assertArrayEquals("two\n".toCharArray(), read("two\n\n"));
        assertArrayEquals("none".toCharArray(), read("none"));
    }
}
