package nl.xenia.portal.testing;

import java.io.BufferedOutputStream;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.File;
import java.io.FileOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.util.Map;
import java.util.zip.Deflater;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.jboss.shrinkwrap.api.Archive;
import org.jboss.shrinkwrap.api.ArchivePath;
import org.jboss.shrinkwrap.api.Assignable;
import org.jboss.shrinkwrap.api.Node;
import org.jboss.shrinkwrap.api.asset.Asset;
import org.jboss.shrinkwrap.api.exporter.FileExistsException;
import org.jboss.shrinkwrap.api.exporter.ZipExporter;

/**
 * The zip exporter of {@link Deployments}' archives: a plain zip without compression, written in one pass. The
 * archive is mostly the portal's libraries, jars that are compressed already; ShrinkWrap's own exporter deflated
 * its 38 MB once more (about 2.5 seconds for every in-container test class, and 1.5 seconds when told to store),
 * for a server that reads the file from the same disk a moment later.
 */
public final class StoredZipExporter implements ZipExporter {

    private final Archive<?> archive;

    public StoredZipExporter(Archive<?> archive) {
        this.archive = archive;
    }

    @Override
    public <T extends Assignable> T as(Class<T> type) {
        return archive.as(type);
    }

    @Override
    public InputStream exportAsInputStream() {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream(1 << 20);
        exportTo(bytes);
        return new ByteArrayInputStream(bytes.toByteArray());
    }

    @Override
    public void exportTo(OutputStream target) {
        try {
            ZipOutputStream zip = new ZipOutputStream(new BufferedOutputStream(target, 1 << 16));
            zip.setLevel(Deflater.NO_COMPRESSION);
            byte[] buffer = new byte[1 << 16];
            for (Map.Entry<ArchivePath, Node> entry : archive.getContent().entrySet()) {
                String path = entry.getKey().get().substring(1);
                Asset asset = entry.getValue().getAsset();
                if (asset == null) {
                    zip.putNextEntry(new ZipEntry(path + "/"));
                } else {
                    zip.putNextEntry(new ZipEntry(path));
                    try (InputStream content = asset.openStream()) {
                        for (int read; (read = content.read(buffer)) > 0;) {
                            zip.write(buffer, 0, read);
                        }
                    }
                }
                zip.closeEntry();
            }
            zip.finish();
            zip.flush();
        } catch (IOException failed) {
            throw new UncheckedIOException(failed);
        }
    }

    @Override
    public void exportTo(File target, boolean overwrite) {
        if (target.exists() && !overwrite) {
            throw new FileExistsException("not overwriting " + target);
        }
        try (OutputStream out = new FileOutputStream(target)) {
            exportTo(out);
        } catch (IOException failed) {
            throw new UncheckedIOException(failed);
        }
    }

    @Override
    public void exportTo(File target) {
        exportTo(target, false);
    }
}
