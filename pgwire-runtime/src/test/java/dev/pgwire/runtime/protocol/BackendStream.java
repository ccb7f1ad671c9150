package dev.pgwire.runtime.protocol;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * A strict parse of what the server sent, for the fuzz tests: every message must be a backend message type
 * with a sane length word; ErrorResponse fields are extracted.
 */
record BackendStream(List<Message> messages, boolean truncated) {
    private static final String BACKEND_TYPES = "R K S Z T D C E N I 1 2 3 n s t v c d G H A";

    /** One backend message; {@code severity}, {@code code} and {@code text} only for E and N. */
    record Message(char type, String severity, String code, String text) {
        boolean isError() {
            return type == 'E';
        }

        @Override
        public String toString() {
            return type == 'E' || type == 'N' ? type + ":" + severity + "/" + code + "/" + text : String.valueOf(type);
        }
    }

    /**
     * Parses {@code bytes}; an incomplete last message is allowed only when {@code allowTruncatedTail}
     * (a socket closed mid-write), anything else malformed throws.
     */
    static BackendStream parse(byte[] bytes, boolean allowTruncatedTail) {
        List<Message> out = new ArrayList<>();
        ByteBuffer b = ByteBuffer.wrap(bytes);
        while (b.hasRemaining()) {
            if (b.remaining() < 5) {
                return truncated(out, allowTruncatedTail, bytes);
            }
            char type = (char) (b.get() & 0xFF);
            int length = b.getInt();
            if (BACKEND_TYPES.indexOf(type) < 0 || type == ' ' || length < 4) {
                throw new AssertionError("not a backend message: type " + (int) type + " length " + length
                        + " after " + out);
            }
            if (b.remaining() < length - 4) {
                return truncated(out, allowTruncatedTail, bytes);
            }
            byte[] body = new byte[length - 4];
            b.get(body);
            out.add(type == 'E' || type == 'N' ? fields(type, body) : new Message(type, null, null, null));
        }
        return new BackendStream(List.copyOf(out), false);
    }

    private static BackendStream truncated(List<Message> out, boolean allowed, byte[] bytes) {
        if (!allowed) {
            throw new AssertionError("incomplete backend message at the end of " + bytes.length + " bytes after "
                    + out);
        }
        return new BackendStream(List.copyOf(out), true);
    }

    private static Message fields(char type, byte[] body) {
        String severity = null;
        String code = null;
        String text = null;
        int i = 0;
        while (i < body.length && body[i] != 0) {
            byte field = body[i++];
            int end = i;
            while (end < body.length && body[end] != 0) {
                end++;
            }
            if (end == body.length) {
                throw new AssertionError("unterminated field in " + type);
            }
            String v = new String(body, i, end - i, StandardCharsets.UTF_8);
            switch (field) {
                case 'V' -> severity = v;
                case 'C' -> code = v;
                case 'M' -> text = v;
                default -> { }
            }
            i = end + 1;
        }
        return new Message(type, severity, code, text);
    }

    List<Message> errors() {
        return messages.stream().filter(Message::isError).toList();
    }

    Message last() {
        return messages.isEmpty() ? null : messages.get(messages.size() - 1);
    }

    /**
     * Every error is well-formed: ERROR or FATAL, a five-character SQLSTATE that is not an internal error,
     * a message; a FATAL is the last thing sent.
     */
    void assertSaneErrors() {
        for (int i = 0; i < messages.size(); i++) {
            Message m = messages.get(i);
            if (!m.isError()) {
                continue;
            }
            if (!"ERROR".equals(m.severity) && !"FATAL".equals(m.severity)) {
                throw new AssertionError("bad severity: " + m);
            }
            if (m.code == null || !m.code.matches("[0-9A-Z]{5}") || m.code.startsWith("XX")) {
                throw new AssertionError("bad or internal SQLSTATE: " + m + " in " + messages);
            }
            if (m.text == null || m.text.isEmpty()) {
                throw new AssertionError("error without a message: " + m);
            }
            if ("FATAL".equals(m.severity) && i != messages.size() - 1) {
                throw new AssertionError("messages after FATAL: " + messages);
            }
        }
    }

    boolean fatal() {
        Message last = last();
        return last != null && last.isError() && "FATAL".equals(last.severity);
    }
}
