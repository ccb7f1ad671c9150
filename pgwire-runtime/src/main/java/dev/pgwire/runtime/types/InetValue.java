package dev.pgwire.runtime.types;

/**
 * An {@code inet} value: address bytes (4 or 16) and netmask bits. Parses the text forms {@code inet_in} accepts for
 * host addresses and formats as {@code inet_out} does, with BIND's IPv6 rules (the first longest run of two or more
 * zero groups becomes {@code ::}; IPv4-compatible and -mapped addresses end in dotted quads).
 */
record InetValue(byte[] address, int bits) {

    /** The value, or null when the text is not an address. */
    static InetValue parse(String text) {
        int slash = text.indexOf('/');
        String host = slash < 0 ? text : text.substring(0, slash);
        byte[] address = host.indexOf(':') >= 0 ? parseV6(host) : parseV4(host);
        if (address == null) {
            return null;
        }
        int bits = address.length * 8;
        if (slash >= 0) {
            String mask = text.substring(slash + 1);
            if (mask.isEmpty() || mask.length() > 3 || !mask.chars().allMatch(c -> c >= '0' && c <= '9')) {
                return null;
            }
            bits = Integer.parseInt(mask);
            if (bits > address.length * 8) {
                return null;
            }
        }
        return new InetValue(address, bits);
    }

    String format() {
        StringBuilder sb = new StringBuilder(address.length == 4 ? 18 : 43);
        if (address.length == 4) {
            appendV4(sb, 0);
        } else {
            appendV6(sb);
        }
        if (bits != address.length * 8) {
            sb.append('/').append(bits);
        }
        return sb.toString();
    }

    private void appendV4(StringBuilder sb, int from) {
        for (int i = from; i < from + 4; i++) {
            if (i > from) {
                sb.append('.');
            }
            sb.append(address[i] & 0xff);
        }
    }

    private void appendV6(StringBuilder sb) {
        int[] words = new int[8];
        for (int i = 0; i < 8; i++) {
            words[i] = ((address[2 * i] & 0xff) << 8) | (address[2 * i + 1] & 0xff);
        }
        int bestBase = -1;
        int bestLen = 0;
        for (int i = 0; i < 8; ) {
            if (words[i] != 0) {
                i++;
                continue;
            }
            int start = i;
            while (i < 8 && words[i] == 0) {
                i++;
            }
            if (i - start > bestLen) {
                bestBase = start;
                bestLen = i - start;
            }
        }
        if (bestLen < 2) {
            bestBase = -1;
        }
        for (int i = 0; i < 8; i++) {
            if (bestBase >= 0 && i >= bestBase && i < bestBase + bestLen) {
                if (i == bestBase) {
                    sb.append(':');
                }
                continue;
            }
            if (i != 0) {
                sb.append(':');
            }
            boolean embeddedV4 = i == 6 && bestBase == 0
                    && (bestLen == 6 || (bestLen == 7 && words[7] != 1) || (bestLen == 5 && words[5] == 0xffff));
            if (embeddedV4) {
                appendV4(sb, 12);
                return;
            }
            sb.append(Integer.toHexString(words[i]));
        }
        if (bestBase >= 0 && bestBase + bestLen == 8) {
            sb.append(':');
        }
    }

    private static byte[] parseV4(String s) {
        String[] parts = s.split("\\.", -1);
        if (parts.length != 4) {
            return null;
        }
        byte[] out = new byte[4];
        for (int i = 0; i < 4; i++) {
            int v = decimalOctet(parts[i]);
            if (v < 0) {
                return null;
            }
            out[i] = (byte) v;
        }
        return out;
    }

    private static int decimalOctet(String p) {
        if (p.isEmpty() || p.length() > 3 || !p.chars().allMatch(c -> c >= '0' && c <= '9')) {
            return -1;
        }
        int v = Integer.parseInt(p);
        return v > 255 ? -1 : v;
    }

    private static byte[] parseV6(String s) {
        int gap = s.indexOf("::");
        if (gap >= 0 && s.indexOf("::", gap + 1) >= 0) {
            return null;
        }
        String head = gap < 0 ? s : s.substring(0, gap);
        String tail = gap < 0 ? "" : s.substring(gap + 2);
        int[] headWords = groups(head, gap < 0);
        int[] tailWords = gap < 0 ? new int[0] : groups(tail, true);
        if (headWords == null || tailWords == null) {
            return null;
        }
        int total = headWords.length + tailWords.length;
        if (gap < 0 ? total != 8 : total > 7) {
            return null;
        }
        byte[] out = new byte[16];
        for (int i = 0; i < headWords.length; i++) {
            put(out, i, headWords[i]);
        }
        for (int i = 0; i < tailWords.length; i++) {
            put(out, 8 - tailWords.length + i, tailWords[i]);
        }
        return out;
    }

    private static void put(byte[] out, int word, int value) {
        out[2 * word] = (byte) (value >> 8);
        out[2 * word + 1] = (byte) value;
    }

    /** Colon-separated hex groups; when {@code allowV4} the last may be a dotted quad (two groups). */
    private static int[] groups(String s, boolean allowV4) {
        if (s.isEmpty()) {
            return new int[0];
        }
        String[] parts = s.split(":", -1);
        int count = parts.length;
        String last = parts[count - 1];
        boolean v4 = allowV4 && last.indexOf('.') >= 0;
        int[] out = new int[v4 ? count + 1 : count];
        for (int i = 0; i < (v4 ? count - 1 : count); i++) {
            String p = parts[i];
            if (p.isEmpty() || p.length() > 4) {
                return null;
            }
            int v = 0;
            for (int k = 0; k < p.length(); k++) {
                int d = Character.digit(p.charAt(k), 16);
                if (d < 0) {
                    return null;
                }
                v = v * 16 + d;
            }
            out[i] = v;
        }
        if (v4) {
            byte[] quad = parseV4(last);
            if (quad == null) {
                return null;
            }
            out[count - 1] = ((quad[0] & 0xff) << 8) | (quad[1] & 0xff);
            out[count] = ((quad[2] & 0xff) << 8) | (quad[3] & 0xff);
        }
        return out;
    }
}
