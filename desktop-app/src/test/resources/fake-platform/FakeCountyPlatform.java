import com.sun.net.httpserver.HttpServer;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.Arrays;
import java.util.List;

/**
 * Stands in for county-platform.jar in DemoPlatformTest: it speaks the command line of DESIGN.md
 * (grid import, user add, serve) and logs each call, so the test sees what demo mode asked for.
 */
public class FakeCountyPlatform {
    public static void main(String[] args) throws Exception {
        List<String> arguments = Arrays.asList(args);
        Path data = Path.of(valueOf(arguments, "--data"));
        Files.createDirectories(data);
        String command = args[0] + (args.length > 1 && !args[1].startsWith("--") ? " " + args[1] : "");
        String logged = command + " " + String.join(" ", arguments.subList(command.contains(" ") ? 2 : 1, args.length));
        if (arguments.contains("--password-file")) {
            logged = logged + " password=" + Files.readString(Path.of(valueOf(arguments, "--password-file"))).strip();
        }
        if (arguments.contains("--file")) {
            String grids = Files.readString(Path.of(valueOf(arguments, "--file")), StandardCharsets.UTF_8);
            logged = logged + " features=" + (grids.split("\"Feature\"", -1).length - 1);
        }
        Files.writeString(data.resolve("calls.log"), logged + "\n", StandardCharsets.UTF_8,
                StandardOpenOption.CREATE, StandardOpenOption.APPEND);
        if (!command.equals("serve")) {
            return;
        }
        if (Files.exists(data.resolve("fail-serve"))) {
            System.out.println("cannot start: port trouble");
            System.exit(1);
        }
        if (Files.exists(data.resolve("hang-serve"))) {
            System.out.println("waiting for a database that never comes");
            Thread.currentThread().join();
        }
        int port = arguments.contains("--port") ? Integer.parseInt(valueOf(arguments, "--port")) : 0;
        HttpServer server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), port), 0);
        server.createContext("/health", exchange -> {
            exchange.sendResponseHeaders(200, -1);
            exchange.close();
        });
        server.start();
        System.out.println("starting embedded database ...");
        System.out.println("GridDesk county platform listening on http://127.0.0.1:" + server.getAddress().getPort());
        Thread.currentThread().join();
    }

    private static String valueOf(List<String> arguments, String option) {
        return arguments.get(arguments.indexOf(option) + 1);
    }
}
