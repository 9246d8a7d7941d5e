import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.zip.CRC32;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import java.util.zip.ZipOutputStream;

/**
 * Copies jars with every entry stored uncompressed, in one JVM (run as {@code java StoreJars.java OUT JAR...}).
 * A package's xz then compresses across classes, which packs far smaller than xz over deflated entries.
 * sqlite-jdbc keeps only its Linux x86_64 native library: it carries one for every system.
 */
public final class StoreJars {
    private static final String SQLITE_NATIVES = "org/sqlite/native/";
    private static final String SQLITE_KEPT = "org/sqlite/native/Linux/x86_64/";

    public static void main(String[] args) throws IOException {
        Path out = Path.of(args[0]);
        Files.createDirectories(out);
        for (String jar : List.of(args).subList(1, args.length)) {
            Path source = Path.of(jar);
            store(source, out.resolve(source.getFileName()));
        }
    }

    private static void store(Path source, Path target) throws IOException {
        try (ZipFile in = new ZipFile(source.toFile());
             ZipOutputStream out = new ZipOutputStream(Files.newOutputStream(target))) {
            out.setMethod(ZipOutputStream.STORED);
            for (ZipEntry entry : in.stream().toList()) {
                String name = entry.getName();
                if (name.startsWith(SQLITE_NATIVES) && !name.startsWith(SQLITE_KEPT) && !name.endsWith("/")) {
                    continue;
                }
                byte[] data;
                try (InputStream stream = in.getInputStream(entry)) {
                    data = stream.readAllBytes();
                }
                ZipEntry copy = new ZipEntry(name);
                copy.setMethod(ZipEntry.STORED);
                copy.setSize(data.length);
                copy.setCompressedSize(data.length);
                CRC32 crc = new CRC32();
                crc.update(data);
                copy.setCrc(crc.getValue());
                copy.setTime(entry.getTime());
                out.putNextEntry(copy);
                out.write(data);
                out.closeEntry();
            }
        }
    }
}
