package dev.pgwire.runtime.security;

import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.security.cert.X509Certificate;
import java.util.Map;
import javax.net.ssl.SSLContext;
import javax.net.ssl.SSLParameters;
import javax.net.ssl.SSLSocket;
import javax.net.ssl.TrustManager;
import javax.net.ssl.X509TrustManager;

/** A bare-bones frontend over a real socket, to look at the authentication messages themselves. */
final class RawClient implements AutoCloseable {
    /** One backend message: its type and body. */
    record Message(char type, byte[] body) {
        int authCode() {
            return ((body[0] & 0xFF) << 24) | ((body[1] & 0xFF) << 16) | ((body[2] & 0xFF) << 8) | (body[3] & 0xFF);
        }

        /** The M (message) and C (code) fields of an ErrorResponse. */
        String error() {
            StringBuilder sb = new StringBuilder();
            int i = 0;
            while (i < body.length && body[i] != 0) {
                char field = (char) body[i++];
                int end = i;
                while (body[end] != 0) {
                    end++;
                }
                String value = new String(body, i, end - i, StandardCharsets.UTF_8);
                if (field == 'C' || field == 'M' || field == 'S') {
                    sb.append(sb.length() == 0 ? "" : "/").append(value);
                }
                i = end + 1;
            }
            return sb.toString();
        }
    }

    private final Socket socket;
    private final DataInputStream in;
    private final DataOutputStream out;

    private RawClient(Socket socket) throws IOException {
        this.socket = socket;
        socket.setSoTimeout(20_000);
        this.in = new DataInputStream(socket.getInputStream());
        this.out = new DataOutputStream(socket.getOutputStream());
    }

    static RawClient plain(int port) throws IOException {
        return new RawClient(new Socket("127.0.0.1", port));
    }

    /** SSLRequest, then TLS without verifying the server (these tests look at messages, not at trust). */
    static RawClient tls(int port) throws Exception {
        Socket s = new Socket("127.0.0.1", port);
        DataOutputStream o = new DataOutputStream(s.getOutputStream());
        o.writeInt(8);
        o.writeInt(80877103);
        o.flush();
        int answer = s.getInputStream().read();
        if (answer != 'S') {
            throw new IOException("SSLRequest answered " + answer);
        }
        SSLContext context = SSLContext.getInstance("TLS");
        context.init(null, new TrustManager[] {new TrustAll()}, null);
        SSLSocket tls = (SSLSocket) context.getSocketFactory().createSocket(s, "127.0.0.1", port, true);
        tls.startHandshake();
        return new RawClient(tls);
    }

    /** PostgreSQL 17's direct TLS: a ClientHello straight away, offering {@code alpn} (none when null). */
    static RawClient directTls(int port, String alpn) throws Exception {
        SSLContext context = SSLContext.getInstance("TLS");
        context.init(null, new TrustManager[] {new TrustAll()}, null);
        SSLSocket tls = (SSLSocket) context.getSocketFactory().createSocket("127.0.0.1", port);
        if (alpn != null) {
            SSLParameters parameters = tls.getSSLParameters();
            parameters.setApplicationProtocols(new String[] {alpn});
            tls.setSSLParameters(parameters);
        }
        tls.startHandshake();
        return new RawClient(tls);
    }

    void startup(Map<String, String> parameters) throws IOException {
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        DataOutputStream b = new DataOutputStream(body);
        b.writeInt(196608);
        for (Map.Entry<String, String> e : parameters.entrySet()) {
            b.write(cstring(e.getKey()));
            b.write(cstring(e.getValue()));
        }
        b.write(0);
        out.writeInt(body.size() + 4);
        out.write(body.toByteArray());
        out.flush();
    }

    void send(char type, byte[] body) throws IOException {
        out.write(type);
        out.writeInt(body.length + 4);
        out.write(body);
        out.flush();
    }

    Message read() throws IOException {
        char type = (char) in.readUnsignedByte();
        byte[] body = new byte[in.readInt() - 4];
        in.readFully(body);
        return new Message(type, body);
    }

    static byte[] cstring(String s) {
        byte[] b = s.getBytes(StandardCharsets.UTF_8);
        byte[] out = new byte[b.length + 1];
        System.arraycopy(b, 0, out, 0, b.length);
        return out;
    }

    @Override
    public void close() throws IOException {
        socket.close();
    }

    private static final class TrustAll implements X509TrustManager {
        @Override
        public void checkClientTrusted(X509Certificate[] chain, String authType) {}

        @Override
        public void checkServerTrusted(X509Certificate[] chain, String authType) {}

        @Override
        public X509Certificate[] getAcceptedIssuers() {
            return new X509Certificate[0];
        }
    }
}
