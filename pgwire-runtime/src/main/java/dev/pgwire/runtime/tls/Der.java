package dev.pgwire.runtime.tls;

import java.io.ByteArrayOutputStream;
import java.math.BigInteger;
import java.util.Arrays;

/** The little ASN.1 DER needed to rewrap private keys as PKCS#8: a few encoders and a bounded reader. */
final class Der {
    private static final int SEQUENCE = 0x30;
    private static final int INTEGER = 0x02;
    private static final int OCTET_STRING = 0x04;
    private static final int OID = 0x06;
    private static final int CONTEXT_0 = 0xA0;
    static final byte[] NULL = {0x05, 0x00};

    private Der() {}

    static byte[] sequence(byte[]... parts) {
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        for (byte[] p : parts) {
            body.writeBytes(p);
        }
        return tlv(SEQUENCE, body.toByteArray());
    }

    static byte[] integer(int value) {
        return tlv(INTEGER, BigInteger.valueOf(value).toByteArray());
    }

    static byte[] octetString(byte[] value) {
        return tlv(OCTET_STRING, value);
    }

    static byte[] oid(String dotted) {
        String[] arcs = dotted.split("\\.");
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        body.write(Integer.parseInt(arcs[0]) * 40 + Integer.parseInt(arcs[1]));
        for (int i = 2; i < arcs.length; i++) {
            long arc = Long.parseLong(arcs[i]);
            int groups = Math.max(1, (64 - Long.numberOfLeadingZeros(arc) + 6) / 7);
            for (int g = groups - 1; g >= 0; g--) {
                body.write((int) ((arc >>> (7 * g)) & 0x7F) | (g > 0 ? 0x80 : 0));
            }
        }
        return tlv(OID, body.toByteArray());
    }

    private static byte[] tlv(int tag, byte[] value) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(value.length + 6);
        out.write(tag);
        int n = value.length;
        if (n < 0x80) {
            out.write(n);
        } else {
            int bytes = (32 - Integer.numberOfLeadingZeros(n) + 7) / 8;
            out.write(0x80 | bytes);
            for (int i = bytes - 1; i >= 0; i--) {
                out.write(n >>> (8 * i));
            }
        }
        out.writeBytes(value);
        return out.toByteArray();
    }

    /** The algorithm OID of a PKCS#8 PrivateKeyInfo, dotted. */
    static String pkcs8Algorithm(byte[] der) {
        Reader info = new Reader(der).enter(SEQUENCE);
        info.skip(INTEGER);
        Reader algorithm = info.enter(SEQUENCE);
        return dotted(algorithm.value(OID));
    }

    /** The encoded curve OID in [0] of a SEC 1 ECPrivateKey, or null when absent. */
    static byte[] ecCurveParameters(byte[] sec1) {
        Reader key = new Reader(sec1).enter(SEQUENCE);
        key.skip(INTEGER);
        key.skip(OCTET_STRING);
        if (!key.hasMore() || key.peekTag() != CONTEXT_0) {
            return null;
        }
        Reader parameters = key.enter(CONTEXT_0);
        if (parameters.peekTag() != OID) {
            return null; // explicit curve parameters: not supported
        }
        return parameters.element(OID);
    }

    private static String dotted(byte[] body) {
        if (body.length == 0) {
            throw new IllegalArgumentException("empty OID");
        }
        int first = body[0] & 0xFF; // 40 * X + Y; one byte for every OID read here
        int x = Math.min(2, first / 40);
        StringBuilder sb = new StringBuilder().append(x).append('.').append(first - 40 * x);
        long arc = 0;
        for (int i = 1; i < body.length; i++) {
            arc = (arc << 7) | (body[i] & 0x7F);
            if ((body[i] & 0x80) == 0) {
                sb.append('.').append(arc);
                arc = 0;
            }
        }
        return sb.toString();
    }

    /** Reads TLVs from {@code [pos, end)} of a buffer; anything malformed is an IllegalArgumentException. */
    private static final class Reader {
        private final byte[] buf;
        private int pos;
        private final int end;

        Reader(byte[] buf) {
            this(buf, 0, buf.length);
        }

        private Reader(byte[] buf, int pos, int end) {
            this.buf = buf;
            this.pos = pos;
            this.end = end;
        }

        boolean hasMore() {
            return pos < end;
        }

        int peekTag() {
            require(pos < end);
            return buf[pos] & 0xFF;
        }

        Reader enter(int tag) {
            int[] header = header(tag);
            pos = header[0] + header[1];
            return new Reader(buf, header[0], header[0] + header[1]);
        }

        void skip(int tag) {
            int[] header = header(tag);
            pos = header[0] + header[1];
        }

        byte[] value(int tag) {
            int[] header = header(tag);
            pos = header[0] + header[1];
            return Arrays.copyOfRange(buf, header[0], header[0] + header[1]);
        }

        /** The whole TLV, header included. */
        byte[] element(int tag) {
            int start = pos;
            int[] header = header(tag);
            pos = header[0] + header[1];
            return Arrays.copyOfRange(buf, start, pos);
        }

        /** Checks the tag at pos; returns {value offset, value length}. */
        private int[] header(int tag) {
            require(pos + 2 <= end && (buf[pos] & 0xFF) == tag);
            int p = pos + 1;
            int length = buf[p++] & 0xFF;
            if (length >= 0x80) {
                int bytes = length & 0x7F;
                require(bytes >= 1 && bytes <= 3 && p + bytes <= end);
                length = 0;
                for (int i = 0; i < bytes; i++) {
                    length = (length << 8) | (buf[p++] & 0xFF);
                }
            }
            require(length <= end - p);
            return new int[] {p, length};
        }

        private static void require(boolean ok) {
            if (!ok) {
                throw new IllegalArgumentException("malformed DER key structure");
            }
        }
    }
}
