package org.griddesk.desktop.ui.dialog;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Stream;

/**
 * Where a worker's photos are: the picture, desktop and download folders (Chinese and English names), the home
 * folder, and cards or USB sticks mounted under /media or /run/media. Only folders that exist are offered.
 */
final class PhotoPlaces {

    /** What one folder holds: its sub-folders and its photos, newest first. */
    record Listing(List<Path> folders, List<Path> photos) {
    }

    private static final List<String> PHOTO_ENDINGS = List.of(".jpg", ".jpeg", ".png");

    private PhotoPlaces() {
    }

    /** Place name key (photoChooser.place.*) to folder. */
    static Map<String, Path> around(Path home, String user) {
        Map<String, Path> places = new LinkedHashMap<>();
        firstExisting(home, "Pictures", "图片").ifPresent(path -> places.put("pictures", path));
        firstExisting(home, "Desktop", "桌面").ifPresent(path -> places.put("desktop", path));
        firstExisting(home, "Downloads", "下载").ifPresent(path -> places.put("downloads", path));
        if (Files.isDirectory(home)) {
            places.put("home", home);
        }
        for (Path media : List.of(Path.of("/media", user), Path.of("/run/media", user))) {
            removable(media).forEach(card -> places.put("removable:" + card.getFileName(), card));
        }
        return places;
    }

    static boolean isPhoto(Path path) {
        String name = path.getFileName().toString().toLowerCase(Locale.ROOT);
        return PHOTO_ENDINGS.stream().anyMatch(name::endsWith) && Files.isRegularFile(path);
    }

    /** Hidden entries are left out; an unreadable folder lists as empty. */
    static Listing list(Path folder) {
        List<Path> folders = new ArrayList<>();
        List<Path> photos = new ArrayList<>();
        try (Stream<Path> entries = Files.list(folder)) {
            entries.filter(path -> !path.getFileName().toString().startsWith(".")).forEach(path -> {
                if (Files.isDirectory(path)) {
                    folders.add(path);
                } else if (isPhoto(path)) {
                    photos.add(path);
                }
            });
        } catch (IOException | SecurityException e) {
            return new Listing(List.of(), List.of());
        }
        folders.sort(Comparator.comparing(path -> path.getFileName().toString()));
        photos.sort(Comparator.comparing(PhotoPlaces::modified).reversed());
        return new Listing(List.copyOf(folders), List.copyOf(photos));
    }

    private static long modified(Path path) {
        try {
            return Files.getLastModifiedTime(path).toMillis();
        } catch (IOException e) {
            return 0;
        }
    }

    private static java.util.Optional<Path> firstExisting(Path home, String... names) {
        for (String name : names) {
            Path candidate = home.resolve(name);
            if (Files.isDirectory(candidate)) {
                return java.util.Optional.of(candidate);
            }
        }
        return java.util.Optional.empty();
    }

    private static List<Path> removable(Path mounts) {
        if (!Files.isDirectory(mounts)) {
            return List.of();
        }
        try (Stream<Path> entries = Files.list(mounts)) {
            return entries.filter(Files::isDirectory).sorted().toList();
        } catch (IOException | SecurityException e) {
            return List.of();
        }
    }
}
