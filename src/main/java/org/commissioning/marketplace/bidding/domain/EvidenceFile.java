package org.commissioning.marketplace.bidding.domain;

import org.commissioning.marketplace.shared.domain.InvalidInputException;

import java.util.Arrays;
import java.util.Locale;

/**
 * The kinds of file a provider may attach to a bid, recognised by their name and by their first
 * bytes (a renamed file of another kind is refused), and the limits on size.
 */
public enum EvidenceFile {
    PDF("application/pdf", new byte[]{'%', 'P', 'D', 'F'}, "pdf"),
    WORD("application/vnd.openxmlformats-officedocument.wordprocessingml.document", new byte[]{'P', 'K', 3, 4}, "docx"),
    EXCEL("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", new byte[]{'P', 'K', 3, 4}, "xlsx"),
    PNG("image/png", new byte[]{(byte) 0x89, 'P', 'N', 'G'}, "png"),
    JPEG("image/jpeg", new byte[]{(byte) 0xFF, (byte) 0xD8, (byte) 0xFF}, "jpg", "jpeg");

    public static final long MAX_BYTES = 10L * 1024 * 1024;
    public static final int MAX_PER_BID = 20;
    public static final String ALLOWED = "PDF, Word (.docx), Excel (.xlsx), PNG or JPEG";

    private final String mediaType;
    private final byte[] magic;
    private final String[] extensions;

    EvidenceFile(String mediaType, byte[] magic, String... extensions) {
        this.mediaType = mediaType;
        this.magic = magic;
        this.extensions = extensions;
    }

    public String mediaType() {
        return mediaType;
    }

    /** The kind of an uploaded file, or a clear refusal: empty, too large, or not an allowed kind. */
    public static EvidenceFile of(String fileName, byte[] content) {
        if (fileName == null || fileName.isBlank() || fileName.length() > 200 || fileName.contains("/") || fileName.contains("\\")) {
            throw InvalidInputException.of("file", "Give the file a name of at most 200 characters, without folders.");
        }
        if (content == null || content.length == 0) {
            throw InvalidInputException.of("file", "The file \"" + fileName + "\" is empty.");
        }
        if (content.length > MAX_BYTES) {
            throw InvalidInputException.of("file", "The file \"" + fileName + "\" is larger than 10 MB.");
        }
        String name = fileName.toLowerCase(Locale.ROOT);
        String extension = name.contains(".") ? name.substring(name.lastIndexOf('.') + 1) : "";
        for (EvidenceFile kind : values()) {
            if (Arrays.asList(kind.extensions).contains(extension)) {
                if (!kind.startsLike(content)) {
                    throw InvalidInputException.of("file", "The file \"" + fileName + "\" is not really a ."
                            + extension + " file. Attach " + ALLOWED + " files.");
                }
                return kind;
            }
        }
        throw InvalidInputException.of("file", "The file \"" + fileName + "\" is not a kind you can attach. Attach "
                + ALLOWED + " files.");
    }

    private boolean startsLike(byte[] content) {
        return content.length >= magic.length && Arrays.equals(Arrays.copyOf(content, magic.length), magic);
    }
}
