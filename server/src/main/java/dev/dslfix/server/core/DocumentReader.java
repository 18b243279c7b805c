package dev.dslfix.server.core;

import dev.dslfix.lang.Diagnostic;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.List;

/**
 * Reads a file as UTF-8 for checking. Binary files and unreadable ones are refused with a clear
 * message. Invalid UTF-8 is not fatal: the bad bytes become U+FFFD and an {@code encoding}
 * diagnostic points at the first one, so the rest of the file is still checked.
 */
public final class DocumentReader {
    /** How much of the start of a file is inspected for NUL bytes. */
    private static final int BINARY_SNIFF = 8192;

    private DocumentReader() {
    }

    /** @param bom the file started with a UTF-8 byte order mark (kept when the file is written back) */
    public record Document(String text, List<Diagnostic> encodingProblems, boolean bom) {
    }

    public static Document read(Path file, long maxBytes) throws InputException {
        byte[] bytes;
        try {
            long size = Files.size(file);
            if (size > maxBytes) {
                throw new InputException(file + ": file too large to check (" + size + " bytes; the limit is " + maxBytes + ")");
            }
            bytes = Files.readAllBytes(file);
        } catch (NoSuchFileException e) {
            throw new InputException(file + ": no such file");
        } catch (IOException e) {
            throw new InputException(file + ": cannot read: " + e.getMessage());
        }
        return decode(file.toString(), bytes);
    }

    public static Document decode(String name, byte[] bytes) throws InputException {
        int sniff = Math.min(bytes.length, BINARY_SNIFF);
        for (int i = 0; i < sniff; i++) {
            if (bytes[i] == 0) {
                throw new InputException(name + ": binary file (NUL byte at offset " + i + "); not checked");
            }
        }
        int skip = bytes.length >= 3 && (bytes[0] & 0xFF) == 0xEF && (bytes[1] & 0xFF) == 0xBB && (bytes[2] & 0xFF) == 0xBF ? 3 : 0;
        ByteBuffer in = ByteBuffer.wrap(bytes, skip, bytes.length - skip);
        CharsetDecoder strict = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        try {
            return new Document(strict.decode(in).toString(), List.of(), skip > 0);
        } catch (CharacterCodingException e) {
            return decodeLenient(bytes, skip);
        }
    }

    private static Document decodeLenient(byte[] bytes, int skip) {
        // Decode in two steps to learn where the first bad byte is, in bytes and in characters.
        CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer in = ByteBuffer.wrap(bytes, skip, bytes.length - skip);
        CharBuffer out = CharBuffer.allocate(bytes.length + 1);
        CoderResult result = decoder.decode(in, out, true);
        int badByte = in.position();
        int charOffset = out.position();
        String prefix = out.flip().toString();
        String rest = StandardCharsets.UTF_8.decode(ByteBuffer.wrap(bytes, badByte, bytes.length - badByte)).toString();
        String text = prefix + rest;
        String message = result.isError()
                ? String.format("invalid UTF-8: byte 0x%02X at byte offset %d cannot be decoded; invalid bytes are read as U+FFFD",
                bytes[badByte] & 0xFF, badByte)
                : "invalid UTF-8 in this file; invalid bytes are read as U+FFFD";
        int end = Math.min(text.length(), charOffset + 1);
        return new Document(text, List.of(Diagnostic.error(charOffset, end, "encoding", message)), skip > 0);
    }
}
