package org.commissioning.marketplace.tendering.domain;

import jakarta.persistence.Basic;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Lob;
import jakarta.persistence.Table;
import org.commissioning.marketplace.shared.domain.InvalidInputException;

import java.time.Instant;
import java.util.Map;

/**
 * One version of a tender document (specification, terms). A new upload under the same title is
 * the next version; earlier versions are kept.
 */
@Entity
@Table(name = "tender_document")
public class TenderDocument {
    public static final long MAX_BYTES = 10L * 1024 * 1024;
    /** What a hub may publish, by file extension. */
    public static final Map<String, String> MEDIA_TYPES = Map.of(
            "pdf", "application/pdf",
            "docx", "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
            "xlsx", "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
            "odt", "application/vnd.oasis.opendocument.text",
            "txt", "text/plain",
            "csv", "text/csv");

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "tender_id")
    private Long tenderId;

    private String title;

    @Column(name = "version_no")
    private int versionNo;

    @Column(name = "file_name")
    private String fileName;

    @Column(name = "media_type")
    private String mediaType;

    @Column(name = "size_bytes")
    private long sizeBytes;

    private String sha256;

    @Lob
    @Basic(fetch = FetchType.LAZY)
    private byte[] content;

    @Column(name = "uploaded_at")
    private Instant uploadedAt;

    @Column(name = "uploaded_by")
    private String uploadedBy;

    protected TenderDocument() {
    }

    public static TenderDocument version(long tenderId, String title, int versionNo, String fileName, byte[] content,
                                         String sha256, String uploadedBy, Instant now) {
        if (title == null || title.isBlank() || title.length() > 200) {
            throw InvalidInputException.of("title", "Enter the document's title, like Specification.");
        }
        String name = fileName == null ? "" : fileName.strip().replaceAll("[\\\\/]", "_");
        String extension = name.contains(".") ? name.substring(name.lastIndexOf('.') + 1).toLowerCase() : "";
        if (!MEDIA_TYPES.containsKey(extension)) {
            throw InvalidInputException.of("file", "The file must be a PDF, Word (.docx), Excel (.xlsx), .odt, .txt or .csv file.");
        }
        if (content == null || content.length == 0) {
            throw InvalidInputException.of("file", "The file is empty.");
        }
        if (content.length > MAX_BYTES) {
            throw InvalidInputException.of("file", "The file is too large: at most 10 MB.");
        }
        if (!contentMatches(extension, content)) {
            throw InvalidInputException.of("file", "The file \"" + name + "\" is not really a ." + extension
                    + " file: its content is of another kind. Upload the document itself.");
        }
        TenderDocument d = new TenderDocument();
        d.tenderId = tenderId;
        d.title = title.strip();
        d.versionNo = versionNo;
        d.fileName = name;
        d.mediaType = MEDIA_TYPES.get(extension);
        d.sizeBytes = content.length;
        d.sha256 = sha256;
        d.content = content;
        d.uploadedBy = uploadedBy;
        d.uploadedAt = now;
        return d;
    }

    /**
     * Whether the content is of the kind its name says: a PDF starts {@code %PDF}, Office and
     * OpenDocument files are ZIP archives, and text is UTF-8 with no NUL byte and no markup a
     * browser would run (an HTML page renamed .txt or .pdf is refused).
     */
    static boolean contentMatches(String extension, byte[] content) {
        return switch (extension) {
            case "pdf" -> startsWith(content, new byte[]{'%', 'P', 'D', 'F'});
            case "docx", "xlsx", "odt" -> startsWith(content, new byte[]{'P', 'K', 3, 4});
            case "txt", "csv" -> plainText(content);
            default -> false;
        };
    }

    private static boolean startsWith(byte[] content, byte[] magic) {
        return content.length >= magic.length && java.util.Arrays.equals(java.util.Arrays.copyOf(content, magic.length), magic);
    }

    private static boolean plainText(byte[] content) {
        try {
            String text = java.nio.charset.StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(java.nio.charset.CodingErrorAction.REPORT)
                    .decode(java.nio.ByteBuffer.wrap(content)).toString();
            String lower = text.toLowerCase(java.util.Locale.ROOT);
            return text.indexOf('\0') < 0 && !lower.contains("<script") && !lower.contains("<html") && !lower.contains("<!doctype");
        } catch (java.nio.charset.CharacterCodingException notUtf8) {
            return false;
        }
    }

    public Long id() {
        return id;
    }

    public long tenderId() {
        return tenderId;
    }

    public String title() {
        return title;
    }

    public int versionNo() {
        return versionNo;
    }

    public String fileName() {
        return fileName;
    }

    public String mediaType() {
        return mediaType;
    }

    public long sizeBytes() {
        return sizeBytes;
    }

    public String sha256() {
        return sha256;
    }

    public byte[] content() {
        return content;
    }

    public Instant uploadedAt() {
        return uploadedAt;
    }
}
