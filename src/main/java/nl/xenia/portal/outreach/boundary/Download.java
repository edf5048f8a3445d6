package nl.xenia.portal.outreach.boundary;

/**
 * A file to download: its name (the material and language codes only, never a person's name), its media type and its
 * bytes.
 */
public record Download(String fileName, String contentType, byte[] bytes) {

    public Download {
        bytes = bytes.clone();
    }

    @Override
    public byte[] bytes() {
        return bytes.clone();
    }
}
